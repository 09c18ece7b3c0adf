import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { EntryStatusGql } from './solidarity.inputs';

@ObjectType({ description: 'A service of the solidarity information page.' })
export class SolidarityEntryView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field({ description: 'For whom.' }) audience!: string;
  @Field({ description: 'Where.' }) address!: string;
  @Field({ description: 'When.' }) hours!: string;
  @Field({ description: 'How to get there.' }) access!: string;
  @Field() accessibility!: string;
  @Field(() => [String]) languages!: string[];
  @Field() cost!: string;
  @Field() contact!: string;
  @Field(() => String, { nullable: true }) soliguideUrl!: string | null;
  @Field(() => ID, { nullable: true }) associationId!: string | null;
  @Field(() => String, { nullable: true }) associationName!: string | null;
  @Field(() => String, { nullable: true }) operatorName!: string | null;
  @Field({ description: 'Who runs it: the association’s name, or the operator’s.' }) runBy!: string;
  @Field(() => ID, { nullable: true }) councilId!: string | null;
  @Field(() => String, { nullable: true }) councilSlug!: string | null;
  @Field(() => String, { nullable: true }) councilName!: string | null;
  @Field(() => EntryStatusGql) status!: EntryStatusGql;
  @Field({ description: 'YYYY-MM-DD: last checked by its association or an agent.' })
  lastCheckedOn!: string;
  @Field({ description: 'YYYY-MM-DD: stale from that day unless checked again (90 days).' })
  checkDueOn!: string;
  @Field({ description: 'Not checked for 90 days or more: flagged on the page.' }) stale!: boolean;
  @Field({ description: 'Whether the caller may edit it.' }) viewerCanEdit!: boolean;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A line of an imported file that was not imported, and why.' })
export class SolidarityImportRejection {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;
  @Field({ description: 'Why, in French.' }) reason!: string;
}

@ObjectType()
export class SolidarityImportReport {
  @Field(() => Int) imported!: number;
  @Field(() => [SolidarityImportRejection]) rejected!: SolidarityImportRejection[];
}

/** The solidarity page's entries, a page at a time (Relay-style, as the platform's other lists). */
export const SolidarityEntryConnection = ConnectionType(SolidarityEntryView, 'SolidarityEntry');
