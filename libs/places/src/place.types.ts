import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlaceKindGql {
  TOWN_HALL = 'TOWN_HALL',
  HALL = 'HALL',
  SCHOOL = 'SCHOOL',
  SPORTS = 'SPORTS',
  CULTURE = 'CULTURE',
  OTHER = 'OTHER',
}
registerEnumType(PlaceKindGql, {
  name: 'PlaceKind',
  description:
    'Mairie et annexes, salle municipale, école, équipement sportif, équipement culturel, autre.',
});

export enum AccessStatusGql {
  ACCESSIBLE = 'ACCESSIBLE',
  NOT_ACCESSIBLE = 'NOT_ACCESSIBLE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(AccessStatusGql, {
  name: 'AccessStatus',
  description: 'Accessible, non accessible, non vérifié.',
});

@ObjectType({ description: 'A check of a place’s accessibility (the history is public).' })
export class PlaceCheck {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) checkedOn!: string;
  @Field(() => AccessStatusGql) entrance!: AccessStatusGql;
  @Field(() => AccessStatusGql) toilets!: AccessStatusGql;
  @Field(() => AccessStatusGql) hearingLoop!: AccessStatusGql;
  @Field(() => AccessStatusGql) parking!: AccessStatusGql;
  @Field(() => AccessStatusGql) overall!: AccessStatusGql;
  @Field(() => String, { nullable: true }) evidence!: string | null;
}

@ObjectType({
  description:
    'A resident’s report of an accessibility problem, public with the town hall’s answer (never its author).',
})
export class PlaceReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) placeId!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType({ description: 'A public place in the register, with its accessibility.' })
export class Place {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => PlaceKindGql) kind!: PlaceKindGql;
  @Field() address!: string;
  @Field(() => ID, { nullable: true }) councilId!: string | null;
  @Field(() => String, { nullable: true }) councilName!: string | null;
  @Field(() => AccessStatusGql) entrance!: AccessStatusGql;
  @Field(() => AccessStatusGql) toilets!: AccessStatusGql;
  @Field(() => AccessStatusGql) hearingLoop!: AccessStatusGql;
  @Field(() => AccessStatusGql) parking!: AccessStatusGql;
  @Field(() => AccessStatusGql, {
    description: 'Not accessible if one feature is not; accessible if all four are.',
  })
  overall!: AccessStatusGql;
  @Field(() => String, { nullable: true, description: 'How the last check was made.' })
  evidence!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) checkedOn!: string | null;
  @Field(() => String, { nullable: true }) plannedWorks!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  plannedWorksOn!: string | null;
  @Field(() => Int, { description: 'Reports not answered yet.' }) openReports!: number;
  @Field(() => String, {
    nullable: true,
    description: 'What a meeting held there warns of (null unless not accessible).',
  })
  warning!: string | null;
}

@ObjectType()
export class PlaceDetails extends Place {
  @Field(() => [PlaceCheck], { description: 'Newest first.' }) checks!: PlaceCheck[];
  @Field(() => [PlaceReport], { description: 'Newest first.' }) reports!: PlaceReport[];
}

@ObjectType()
export class AccessTally {
  @Field(() => Int) accessible!: number;
  @Field(() => Int) notAccessible!: number;
  @Field(() => Int) unknown!: number;
}

@ObjectType({ description: 'Counts of places today for one kind or one council.' })
export class PlaceTally extends AccessTally {
  @Field({ description: 'The kind, or the council’s id ("" for places in no council).' })
  key!: string;
  @Field({ description: 'In French.' }) label!: string;
}

@ObjectType({ description: 'The counts on the last day of a month (today for this month).' })
export class ProgressPoint extends AccessTally {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field({ description: 'YYYY-MM-DD' }) day!: string;
}

@ObjectType({
  description:
    'Toward zero inaccessible place by the end of the term, computed from the history of checks.',
})
export class PlacesProgress {
  @Field(() => AccessTally) today!: AccessTally;
  @Field(() => [PlaceTally]) byKind!: PlaceTally[];
  @Field(() => [PlaceTally]) byCouncil!: PlaceTally[];
  @Field(() => [ProgressPoint], { description: 'Oldest first, up to 36 months.' })
  series!: ProgressPoint[];
  @Field({ description: 'YYYY-MM-DD' }) termEndsOn!: string;
}

/** A meeting's place in the register, as meetings shows it. */
@ObjectType({ description: 'A meeting’s place in the register, and what it warns of.' })
export class MeetingPlace {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() address!: string;
  @Field(() => AccessStatusGql) overall!: AccessStatusGql;
  @Field(() => [String], { description: 'The features not accessible, in French.' })
  notAccessible!: string[];
  @Field(() => String, { nullable: true }) warning!: string | null;
}
