import { de, DomainError, stateReasons } from '@quorum/core';
import { MEETING_STATUSES, MeetingStatus } from './meeting.entity';

/** Every `extensions.reason` the meetings lib gives. */
export const MEETINGS_ERROR_REASONS = [
  ...stateReasons('MEETING', MEETING_STATUSES),
  'AGENDA_EMPTY',
  'ALREADY_VOTED',
  'BALLOT_CLOSED',
  'BALLOT_OPEN',
  'CHAIR_ONLY',
  'CONVOCATION_TOO_LATE',
  'MINUTES_NOT_SUBMITTED',
  'NOT_ANSWERED',
  'NOT_A_LATER_MEETING',
  'NOT_PRESENT',
  'NOT_PROXY_HOLDER',
  'NOT_THE_AUTHOR',
  'NOT_VOTABLE',
  'OPPOSITION_ITEM_PROTECTED',
  'OPPOSITION_ONLY',
  'OPPOSITION_QUOTA_REACHED',
  'PROPOSAL_ITEM_PROTECTED',
  'PROPOSAL_NOT_ON_AGENDA',
  'STATEMENT_EXISTS',
  'TOO_EARLY',
] as const;
export type MeetingsErrorReason = (typeof MEETINGS_ERROR_REASONS)[number];

export const MEETING_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Séance introuvable.', en: 'Meeting not found.' });

const MEETING_STATUS_FR: Record<MeetingStatus, string> = {
  DRAFT: 'en préparation',
  CONVENED: 'convoquée',
  OPEN: 'ouverte',
  CLOSED: 'close',
  CANCELLED: 'annulée',
};

/** An illegal step for the meeting's state, naming it (reason `MEETING_<state>`). */
export function meetingWrongState(
  status: MeetingStatus,
  action: { fr: string; en: string },
): DomainError {
  return new DomainError(
    'PRECONDITION_FAILED',
    {
      fr: `Impossible ${de(action.fr)} : la séance est ${MEETING_STATUS_FR[status]}.`,
      en: `Cannot ${action.en}: the meeting is ${status.toLowerCase()}.`,
    },
    { reason: `MEETING_${status}` },
  );
}

export const fieldError = (field: string, fr: string, en: string) =>
  DomainError.badInput([{ field, message: { fr, en } }]);

export const forbidden = (reason: string, fr: string, en: string) =>
  new DomainError('FORBIDDEN', { fr, en }, { reason });

export const precondition = (reason: string, fr: string, en: string) =>
  new DomainError('PRECONDITION_FAILED', { fr, en }, { reason });
