import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { AGENDA_ITEM_KINDS } from './agenda/agenda-item.entity';
import { ATTENDANCE_STATUSES } from './attendance/attendance.entity';
import { VOTE_CHOICES } from './ballots/ballot.entity';
import { MEETING_STATUSES } from './meeting.entity';
import { MINUTES_STATUSES } from './minutes/minutes.entity';

export enum MeetingStatusGql {
  DRAFT = 'DRAFT',
  CONVENED = 'CONVENED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatusGql, {
  name: 'MeetingStatus',
  description: 'Séance : en préparation, convoquée, ouverte, close, annulée.',
});

export enum AgendaItemKindGql {
  QUALIFIED_PROPOSAL = 'QUALIFIED_PROPOSAL',
  TOWN_HALL = 'TOWN_HALL',
  OPPOSITION = 'OPPOSITION',
  QUESTION = 'QUESTION',
  MINUTES = 'MINUTES',
}
registerEnumType(AgendaItemKindGql, {
  name: 'AgendaItemKind',
  description:
    'Proposition retenue, point de la mairie, point de l’opposition (quota réservé), question, adoption d’un procès-verbal.',
});

export enum AttendanceStatusGql {
  PRESENT = 'PRESENT',
  REPRESENTED = 'REPRESENTED',
  ABSENT = 'ABSENT',
}
registerEnumType(AttendanceStatusGql, { name: 'AttendanceStatus' });

export enum VoteChoiceGql {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoiceGql, { name: 'VoteChoice', description: 'Pour, contre, abstention.' });

export enum MinutesStatusGql {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ADOPTED = 'ADOPTED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(MinutesStatusGql, {
  name: 'MinutesStatus',
  description: 'Procès-verbal : brouillon, soumis, adopté, publié.',
});

// The GraphQL enums mirror the entities' unions; this fails to compile if they drift apart.
const _mirrors: [
  readonly `${MeetingStatusGql}`[],
  readonly `${AgendaItemKindGql}`[],
  readonly `${AttendanceStatusGql}`[],
  readonly `${VoteChoiceGql}`[],
  readonly `${MinutesStatusGql}`[],
] = [MEETING_STATUSES, AGENDA_ITEM_KINDS, ATTENDANCE_STATUSES, VOTE_CHOICES, MINUTES_STATUSES];
void _mirrors;

@ObjectType({ description: 'A vote of a public ballot (the roll call).' })
export class RollCallEntry {
  @Field(() => ID) voterId!: string;
  @Field() voterName!: string;
  @Field(() => ID, { description: 'Who cast it: the voter, or the holder of their proxy.' })
  castBy!: string;
  @Field(() => VoteChoiceGql) choice!: VoteChoiceGql;
}

@ObjectType({ description: 'The result of a closed ballot; it never changes.' })
export class BallotResult {
  @Field(() => Int, { name: 'for' }) forCount!: number;
  @Field(() => Int, { name: 'against' }) againstCount!: number;
  @Field(() => Int, { name: 'abstain' }) abstainCount!: number;
  @Field(() => Int, { description: 'Members present or represented at the close.' })
  present!: number;
  @Field(() => Int) quorumRequired!: number;
  @Field() quorumHeld!: boolean;
  @Field({ description: 'Quorum held and more FOR than AGAINST.' }) adopted!: boolean;
}

@ObjectType({ description: 'A ballot (scrutin) on an agenda item.' })
export class Ballot {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => ID) agendaItemId!: string;
  @Field() secret!: boolean;
  @Field() status!: 'OPEN' | 'CLOSED';
  @Field() openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { description: 'Votes cast so far.' }) votesCast!: number;
  @Field(() => BallotResult, { nullable: true, description: 'Null while the ballot is open.' })
  result!: BallotResult | null;
  @Field(() => [RollCallEntry], {
    nullable: true,
    description: 'Public ballots, once closed: who voted what. Always null for secret ballots.',
  })
  rollCall!: RollCallEntry[] | null;
}

@ObjectType()
export class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => AgendaItemKindGql) kind!: AgendaItemKindGql;
  @Field({ description: 'Plain text.' }) title!: string;
  @Field({ description: 'Markdown source.' }) description!: string;
  @Field({ description: 'Safe HTML rendered by the server.' }) descriptionHtml!: string;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field(() => ID, { nullable: true }) minutesId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Null when the server placed it.' })
  addedBy!: string | null;
  @Field(() => Ballot, { nullable: true }) ballot!: Ballot | null;
}

@ObjectType()
export class AttendanceEntry {
  @Field(() => ID) accountId!: string;
  @Field() displayName!: string;
  @Field(() => AttendanceStatusGql) status!: AttendanceStatusGql;
  @Field(() => ID, { nullable: true, description: 'The present member holding the proxy.' })
  proxyHolderId!: string | null;
}

@ObjectType({ description: 'Quorum from the charter and the recorded attendance.' })
export class Quorum {
  @Field(() => Int) membersInOffice!: number;
  @Field(() => Int) required!: number;
  @Field(() => Int) present!: number;
  @Field(() => Int) represented!: number;
  @Field() reached!: boolean;
}

@ObjectType({ description: 'An opposition statement (expression de l’opposition), verbatim.' })
export class OppositionStatement {
  @Field(() => ID) id!: string;
  @Field(() => ID) authorId!: string;
  @Field() authorName!: string;
  @Field() politicalGroup!: string;
  @Field(() => ID, { nullable: true }) minutesId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The proposal whose official answer it is on.' })
  proposalId!: string | null;
  @Field({ description: 'Markdown, as written.' }) body!: string;
  @Field() bodyHtml!: string;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A version of a meeting’s minutes (procès-verbal).' })
export class Minutes {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) version!: number;
  @Field(() => MinutesStatusGql) status!: MinutesStatusGql;
  @Field({ description: 'What the server wrote from the records (Markdown).' }) record!: string;
  @Field({ description: 'The secretary’s summary of the debates (Markdown).' }) summary!: string;
  @Field({
    description:
      'The whole document (Markdown): record, summary, opposition statements. Frozen once published.',
  })
  document!: string;
  @Field() documentHtml!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Published: SHA-256 (hex) of the UTF-8 bytes of `document`.',
  })
  contentHash!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Published: the audit chain’s last link at publication (its id), printed in `document`.',
  })
  auditAnchorId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Published: that link’s hash; `verifyAuditChain` checks the chain still has it.',
  })
  auditAnchorHash!: string | null;
  @Field(() => ID, { nullable: true, description: 'The version this one corrects.' })
  previousVersionId!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) adoptedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The town hall must publish by then.' })
  publicationDue!: string | null;
  @Field({ description: 'Adopted and not published in time: shown in public.' })
  publicationOverdue!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [OppositionStatement]) oppositionStatements!: OppositionStatement[];
}

@ObjectType({
  description:
    'Adopted minutes the town hall has yet to publish: public, so that a late publication shows; their text stays with the council until it is published.',
})
export class MinutesDue {
  @Field(() => ID) minutesId!: string;
  @Field(() => Int) version!: number;
  @Field(() => Date) adoptedAt!: Date;
  @Field(() => String, { description: 'The town hall must publish by then.' })
  publicationDue!: string;
  @Field() publicationOverdue!: boolean;
}

@ObjectType({ description: 'A council meeting (séance).' })
export class Meeting {
  @Field(() => ID) id!: string;
  @Field(() => ID) councilId!: string;
  @Field(() => MeetingStatusGql) status!: MeetingStatusGql;
  @Field() startsAt!: Date;
  @Field() place!: string;
  @Field(() => ID, { nullable: true, description: 'The place in the register, when it is one.' })
  placeId!: string | null;
  @Field({ description: 'Accessible to people with reduced mobility.' }) accessible!: boolean;
  @Field(() => String, { nullable: true }) accessibilityDetails!: string | null;
  @Field({ description: 'Open to the public (false: closed session; records stay public).' })
  isPublic!: boolean;
  @Field(() => Date, { nullable: true }) convenedAt!: Date | null;
  @Field(() => Date, { nullable: true }) openedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'Who chaired, from the opening.' })
  chairedBy!: string | null;
  @Field(() => [AgendaItem], { description: 'In the order set by the chair.' })
  agenda!: AgendaItem[];
  @Field(() => [AttendanceEntry]) attendance!: AttendanceEntry[];
  @Field(() => Quorum, { nullable: true, description: 'From the opening of the meeting.' })
  quorum!: Quorum | null;
  @Field(() => [Minutes], {
    description:
      'Every version, oldest first. Published ones for everyone; drafts, submitted and adopted ones for the council’s members in office and agents only.',
  })
  minutes!: Minutes[];
  @Field(() => MinutesDue, {
    nullable: true,
    description: 'Public: adopted minutes awaiting publication, and whether they are late.',
  })
  minutesDue!: MinutesDue | null;
}

export const MeetingConnection = ConnectionType(Meeting, 'Meeting');
