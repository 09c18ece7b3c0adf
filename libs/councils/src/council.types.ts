import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { GraphQLJSONObject } from 'graphql-type-json';
import { CollegeGql, CouncilRoleGql, GenderGql } from './council.inputs';

@ObjectType()
export class Seats {
  @Field(() => Int) residents!: number;
  @Field(() => Int) associations!: number;
  @Field(() => Int) electedMajority!: number;
  @Field(() => Int) electedOpposition!: number;
}

@ObjectType({ description: 'The rules of a council (SPEC §2), as of a version.' })
export class Charter {
  @Field(() => Int, {
    description: 'Increases at each change; what started under a version keeps it.',
  })
  version!: number;

  @Field(() => Int) supportThreshold!: number;
  @Field(() => Int) supportWindowDays!: number;
  @Field(() => Int) responseDeadlineDays!: number;
  @Field(() => Int) convocationNoticeDays!: number;

  @Field(() => Int, { nullable: true, description: 'Null: a majority of the members in office.' })
  quorum!: number | null;

  @Field(() => Int) minutesPublicationDays!: number;
  @Field(() => Int) oppositionAgendaQuota!: number;
  @Field(() => Int) termYears!: number;
  @Field() residentCoChairRequired!: boolean;
  @Field(() => Seats) seats!: Seats;
  @Field() changedAt!: Date;
}

@ObjectType({ description: 'A seat of a council, held by a person for a term.' })
export class CouncilMember {
  @Field(() => ID, { description: 'The membership (use it to end it).' })
  id!: string;

  @Field(() => ID)
  accountId!: string;

  @Field()
  displayName!: string;

  @Field(() => CollegeGql)
  college!: CollegeGql;

  @Field(() => CouncilRoleGql)
  role!: CouncilRoleGql;

  @Field(() => String, { nullable: true })
  politicalGroup!: string | null;

  @Field({ description: 'Member of the elected opposition.' })
  opposition!: boolean;

  @Field()
  termStart!: string;

  @Field()
  termEnd!: string;

  @Field({ description: 'Drawn by lot.' })
  drawnByLot!: boolean;
}

@ObjectType({ description: 'A seat the caller holds today, with its council.' })
export class OwnSeat {
  @Field(() => ID)
  councilId!: string;

  @Field()
  councilSlug!: string;

  @Field()
  councilName!: string;

  @Field(() => CollegeGql)
  college!: CollegeGql;

  @Field(() => CouncilRoleGql)
  role!: CouncilRoleGql;

  @Field(() => String, { nullable: true })
  politicalGroup!: string | null;

  @Field()
  termStart!: string;

  @Field()
  termEnd!: string;
}

@ObjectType()
export class CollegeSeats {
  @Field(() => CollegeGql) college!: CollegeGql;
  @Field(() => Int) seats!: number;
  @Field(() => [CouncilMember]) members!: CouncilMember[];
}

@ObjectType({ description: 'A neighbourhood council (conseil de quartier).' })
export class Council {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field({ description: 'The neighbourhood, as the town wrote it ("Les Tilleuls").' })
  neighbourhood!: string;
  @Field({
    description:
      'The neighbourhood folded (accents, case, punctuation: "les tilleuls"), the form residency is matched on, as in Residency.neighbourhood.',
  })
  neighbourhoodKey!: string;
  @Field() perimeterDescription!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  perimeterGeojson!: Record<string, unknown> | null;

  @Field(() => Charter) charter!: Charter;

  @Field(() => [CollegeSeats], { description: 'The four colleges, with their members in office.' })
  colleges!: CollegeSeats[];

  @Field(() => Int) followersCount!: number;
  @Field() createdAt!: Date;
}

export const CouncilConnection = ConnectionType(Council, 'Council');

@ObjectType({ description: 'A volunteer of the frozen pool, in the published order.' })
export class SortitionPoolEntry {
  @Field(() => Int) position!: number;
  @Field(() => ID, { description: 'The volunteer (pseudonymous id, the input of the algorithm).' })
  volunteerId!: string;
  @Field(() => GenderGql) gender!: GenderGql;
  @Field(() => String, {
    nullable: true,
    description: 'Public name of the people drawn; null for the others.',
  })
  displayName!: string | null;
}

@ObjectType({ description: 'A draw by lot: its public inputs and result, enough to recompute it.' })
export class Sortition {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field({ description: 'ANNOUNCED (pool frozen, seed to come) or DRAWN.' }) status!: string;
  @Field(() => Int) seats!: number;
  @Field({ description: 'Name of the algorithm; see docs/sortition.md.' }) algorithm!: string;
  @Field() seedRule!: string;
  @Field(() => String, { nullable: true }) seed!: string | null;
  @Field(() => [SortitionPoolEntry]) pool!: SortitionPoolEntry[];
  @Field(() => [ID], { nullable: true, description: 'Volunteer ids drawn, in the order drawn.' })
  result!: string[] | null;
  @Field() announcedAt!: Date;
  @Field(() => Date, { nullable: true }) drawnAt!: Date | null;
}

@ObjectType()
export class FollowPayload {
  @Field(() => ID) councilId!: string;
  @Field() following!: boolean;
  @Field(() => Int) followersCount!: number;
}
