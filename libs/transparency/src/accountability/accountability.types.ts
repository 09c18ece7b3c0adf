import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'Delays of a kind of item owed: outstanding items count with their delay so far.',
})
export class DelayStats {
  @Field(() => Int, { description: 'Items owed (done or not).' }) count!: number;
  @Field(() => Int, { description: 'Outstanding items past their due day.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'Average delay in days (a tenth).' })
  averageDays!: number | null;
  @Field(() => Int, { nullable: true, description: 'Worst delay in days.' })
  worstDays!: number | null;
}

@ObjectType({ description: 'The delays of the town hall (answers, publications) and of agendas.' })
export class AccountabilityDelays {
  @Field(() => DelayStats, { description: 'Official answers: from the decision to the answer.' })
  answers!: DelayStats;
  @Field(() => DelayStats, { description: 'Minutes: from adoption to publication.' })
  publications!: DelayStats;
  @Field(() => DelayStats, {
    description: 'Qualified proposals: from qualification to a meeting’s agenda.',
  })
  agendaWaits!: DelayStats;
}

@ObjectType({
  description: 'An official answer the town hall owes (or gave) on an adopted proposal.',
})
export class OwedAnswer {
  @Field(() => ID) proposalId!: string;
  @Field(() => String, { nullable: true, description: 'Null when the proposal is hidden.' })
  title!: string | null;
  @Field(() => String, { nullable: true, description: 'Day of the council’s decision.' })
  decidedOn!: string | null;
  @Field({ description: 'Day the answer is due (YYYY-MM-DD).' }) dueOn!: string;
  @Field(() => String, { nullable: true, description: 'Day it was answered.' })
  answeredOn!: string | null;
  @Field() overdue!: boolean;
  @Field(() => Int, { description: 'Days past the due day (0 when on time).' }) daysLate!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Days from the decision to the answer (to today while outstanding).',
  })
  delayDays!: number | null;
}

@ObjectType({ description: 'Minutes adopted by their council, which the town hall must publish.' })
export class OwedMinutes {
  @Field(() => ID) minutesId!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) version!: number;
  @Field() meetingStartsAt!: Date;
  @Field({ description: 'Day of adoption.' }) adoptedOn!: string;
  @Field(() => String, { nullable: true, description: 'Day publication is due.' })
  dueOn!: string | null;
  @Field(() => String, { nullable: true }) publishedOn!: string | null;
  @Field() overdue!: boolean;
  @Field(() => Int) daysLate!: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Days from adoption to publication (to today while outstanding).',
  })
  delayDays!: number | null;
}

@ObjectType({ description: 'A proposal that qualified, and how long it waited for an agenda.' })
export class QualifiedProposalWait {
  @Field(() => ID) proposalId!: string;
  @Field(() => String, { nullable: true, description: 'Null when the proposal is hidden.' })
  title!: string | null;
  @Field() qualifiedOn!: string;
  @Field(() => String, { nullable: true, description: 'Day it was first put on an agenda.' })
  placedOn!: string | null;
  @Field(() => Int, { description: 'Days waited (to today while still waiting).' })
  waitDays!: number;
}

@ObjectType({
  description: 'What the town hall owes one council, what is overdue, and its delays.',
})
export class CouncilAccountability {
  @Field(() => ID) councilId!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => [OwedAnswer], { description: 'Answers outstanding, not yet late.' })
  answersDue!: OwedAnswer[];
  @Field(() => [OwedAnswer], {
    description: 'Answers outstanding past their deadline, latest first.',
  })
  answersOverdue!: OwedAnswer[];
  @Field(() => [OwedAnswer]) answersGiven!: OwedAnswer[];
  @Field(() => [OwedMinutes], { description: 'Adopted, awaiting publication, not yet late.' })
  minutesAwaitingPublication!: OwedMinutes[];
  @Field(() => [OwedMinutes], { description: 'Adopted, unpublished past their due day.' })
  minutesOverdue!: OwedMinutes[];
  @Field(() => [OwedMinutes]) minutesPublished!: OwedMinutes[];
  @Field(() => [QualifiedProposalWait]) qualifiedProposals!: QualifiedProposalWait[];
  @Field(() => AccountabilityDelays) delays!: AccountabilityDelays;
}

@ObjectType({ description: 'Accountability (SPEC §6): computed from the data on each request.' })
export class Accountability {
  @Field({ description: 'The town’s day the figures were computed on.' }) today!: string;
  @Field(() => [CouncilAccountability]) councils!: CouncilAccountability[];
  @Field(() => AccountabilityDelays, { description: 'The councils listed, together.' })
  townHall!: AccountabilityDelays;
}
