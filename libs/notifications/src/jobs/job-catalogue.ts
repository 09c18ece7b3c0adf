import { MailRequestedPayload } from '../mail/mail-requested.payload';

/**
 * Every event type the outbox carries, with its payload. Each one is a BullMQ job name that
 * must have exactly one handler in the worker (checked at boot).
 */
export interface JobCatalogue {
  'email.requested': MailRequestedPayload;
  /** An account was created: send the address-check link (the token is made by the worker). */
  'account.email-verification-requested': AccountEventPayload;
  'account.password-reset-requested': AccountEventPayload;
  /** Someone signed up with an address that has an account: tell its owner. */
  'account.registration-attempted': AccountEventPayload;
  /** A proposal reached its support threshold: its author, supporters and the chair are told. */
  'proposal.qualified': ProposalEventPayload;
  /** A meeting was convened (or its agenda changed by the opposition since): members get the convocation. */
  'meeting.convened': MeetingConvenedPayload;
  /** A convened meeting was cancelled: members are told why. */
  'meeting.cancelled': MeetingEventPayload;
}

export interface MeetingEventPayload {
  meetingId: string;
}

export interface MeetingConvenedPayload extends MeetingEventPayload {
  /** The opposition added or withdrew its item after the convocation: the message says the agenda changed. */
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

export const JOB_NAMES: readonly JobName[] = [
  'email.requested',
  'account.email-verification-requested',
  'account.password-reset-requested',
  'account.registration-attempted',
  'proposal.qualified',
  'meeting.convened',
  'meeting.cancelled',
];

export const EVENTS_QUEUE = 'events';

/** BullMQ 6 refuses custom ids containing ':'; ours are `<event>-<outbox id>`. */
export function jobIdFor(type: string, outboxId: string): string {
  return `${type.replace(/:/g, '_')}-${outboxId}`;
}
