/**
 * Every event type the outbox carries, with its payload. Each one is a BullMQ job name that
 * must have exactly one handler in the worker (checked at boot).
 */
export interface JobCatalogue {
  /** An account was created: send the address-check link (the token is made by the worker). */
  'account.email-verification-requested': AccountEventPayload;
  'account.password-reset-requested': AccountEventPayload;
  /** Someone signed up with an address that has an account: tell its owner. */
  'account.registration-attempted': AccountEventPayload;
  /** Notification events (SPEC §5): each one fans out to its audience (see NOTIFICATION_EVENTS). */
  'proposal.published': ProposalEventPayload;
  'proposal.qualified': ProposalEventPayload;
  'proposal.placed-on-agenda': ProposalEventPayload;
  'proposal.decided': ProposalEventPayload;
  'proposal.answered': ProposalEventPayload;
  'proposal.answer-due': DeadlinePayload & ProposalEventPayload;
  'comment.replied': CommentEventPayload;
  'meeting.convened': MeetingConvenedPayload;
  'meeting.cancelled': MeetingEventPayload;
  'meeting.reminder': MeetingEventPayload;
  'ballot.opened': BallotEventPayload;
  'ballot.closed': BallotEventPayload;
  'minutes.published': MinutesEventPayload;
  'minutes.publication-due': DeadlinePayload & MinutesEventPayload;
  /** Works (issue 19): posted in a council's perimeter, its detour changed, a report answered. */
  'works.posted': WorksEventPayload;
  'works.detour-changed': WorksDetourChangedPayload;
  'works.report-answered': WorksReportEventPayload;
  /** Someone reported that a detour does not work: the agents (and, when not accessible, the partners asked) hear of it. */
  'works.detour-reported': WorksReportEventPayload;
  /** Partner associations asked for their assessment of the detour (their members hear of it). */
  'works.assessment-requested': WorksAssessmentRequestedPayload;
  /** A resident reported an accessibility problem with a place: the agents hear of it. */
  'place.reported': PlaceReportEventPayload;
  /** The town hall answered it: its author hears of it. */
  'place.report-answered': PlaceReportEventPayload;
  /** One run's entries reaching a stage, for one audience: the agents, or one partner's members. */
  'solidarity.check-due': DeadlinePayload & SolidarityChecksDuePayload;
  /** A partner association proposed an entry (a draft) or changed a published one: agents hear. */
  'solidarity.entry-changed': SolidarityEntryChangedPayload;
  /** Someone was added to an association's members: they hear of it (and that they can leave). */
  'association.member-added': AssociationMemberEventPayload;
  /** A partner association's name or fields changed (by a member): the agents hear of it. */
  'association.partner-changed': AssociationEventPayload;
}

export interface AssociationEventPayload {
  associationId: string;
}

export interface AssociationMemberEventPayload extends AssociationEventPayload {
  accountId: string;
  addedBy: string;
}

export interface WorksEventPayload {
  worksId: string;
}

/** The version the change made: the notice describes it, not whichever is in force at delivery. */
export interface WorksDetourChangedPayload extends WorksEventPayload {
  /** Absent in events recorded before: the version in force. */
  version?: number;
}

/** The associations asked this time (absent in events recorded before: all those asked). */
export interface WorksAssessmentRequestedPayload extends WorksEventPayload {
  associationIds?: string[];
}

export interface WorksReportEventPayload {
  reportId: string;
}

export interface PlaceReportEventPayload {
  reportId: string;
}

/** A solidarity entry (libs/associations). */
export interface SolidarityEntryEventPayload {
  entryId: string;
}

export interface SolidarityEntryChangedPayload extends SolidarityEntryEventPayload {
  /** SUBMITTED: a partner's new draft waits for an agent; EDITED: a published entry changed. */
  change: 'SUBMITTED' | 'EDITED';
}

/**
 * Solidarity entries whose check is due (libs/associations), grouped so that an old import's
 * hundreds of entries make one notice: to the agents (`associationId` null) or to the members of
 * the partner association that runs them.
 */
export interface SolidarityChecksDuePayload {
  entryIds: string[];
  associationId: string | null;
}

export interface CommentEventPayload {
  commentId: string;
}

export interface BallotEventPayload {
  ballotId: string;
}

export interface MinutesEventPayload {
  minutesId: string;
}

/** A deadline of the town hall: in 7 days, tomorrow, or passed. */
export interface DeadlinePayload {
  stage: 'DUE_IN_7_DAYS' | 'DUE_TOMORROW' | 'OVERDUE';
}

export interface MeetingEventPayload {
  meetingId: string;
}

export interface MeetingConvenedPayload extends MeetingEventPayload {
  /** The agenda changed after the convocation (the opposition's item, the order): members get it again. */
  agendaUpdate: boolean;
}

export interface ProposalEventPayload {
  proposalId: string;
}

/** Account events carry the account's id only: the worker reloads the rest. */
export interface AccountEventPayload {
  accountId: string;
}

export type JobName = keyof JobCatalogue;

/** Every job name, once (the registry checks each has exactly one handler). */
const NAMES: { [name in JobName]: true } = {
  'account.email-verification-requested': true,
  'account.password-reset-requested': true,
  'account.registration-attempted': true,
  'proposal.published': true,
  'proposal.qualified': true,
  'proposal.placed-on-agenda': true,
  'proposal.decided': true,
  'proposal.answered': true,
  'proposal.answer-due': true,
  'comment.replied': true,
  'meeting.convened': true,
  'meeting.cancelled': true,
  'meeting.reminder': true,
  'ballot.opened': true,
  'ballot.closed': true,
  'minutes.published': true,
  'minutes.publication-due': true,
  'works.posted': true,
  'works.detour-changed': true,
  'works.report-answered': true,
  'works.detour-reported': true,
  'works.assessment-requested': true,
  'place.reported': true,
  'place.report-answered': true,
  'solidarity.check-due': true,
  'solidarity.entry-changed': true,
  'association.member-added': true,
  'association.partner-changed': true,
};
export const JOB_NAMES = Object.keys(NAMES) as readonly JobName[];

export const EVENTS_QUEUE = 'events';

export { jobIdFor } from '../rules/job-id';
