import { de, DomainError } from '@quorum/core';
import { MeetingStatus } from './meeting.entity';

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
