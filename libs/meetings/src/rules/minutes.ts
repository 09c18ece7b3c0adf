import { addDays } from '@quorum/core';
import type { MinutesStatus } from '../minutes/minutes.entity';

/**
 * Minutes (SPEC §4), as rules over plain values: their lifecycle, what saving a draft does, when
 * they may be adopted, and their publication deadline.
 */

/** What can happen to a version of the minutes. */
export type MinutesEvent =
  /** The secretary saves the draft again. */
  | 'EDIT'
  | 'SUBMIT'
  /** The council's ballot on them: adopted, or sent back to the secretary. */
  | 'ADOPT'
  | 'REJECT'
  | 'PUBLISH'
  /** An opposition statement is attached to them, or amended. */
  | 'STATEMENT';

const STEPS: Record<MinutesStatus, Partial<Record<MinutesEvent, MinutesStatus>>> = {
  DRAFT: { EDIT: 'DRAFT', SUBMIT: 'SUBMITTED', STATEMENT: 'DRAFT' },
  SUBMITTED: { ADOPT: 'ADOPTED', REJECT: 'DRAFT', STATEMENT: 'SUBMITTED' },
  ADOPTED: { PUBLISH: 'PUBLISHED', STATEMENT: 'ADOPTED' },
  // Published minutes never change: a correction is a new version (see `draftStep`).
  PUBLISHED: {},
};

/** DRAFT → SUBMITTED → ADOPTED → PUBLISHED; rejected minutes go back to draft. `null`: refused. */
export const nextMinutesStatus = (
  status: MinutesStatus,
  event: MinutesEvent,
): MinutesStatus | null => STEPS[status][event] ?? null;

/**
 * What saving a draft does, given the meeting's latest version: the first version when there is
 * none; a new version linked to the published one when a correction is asked; an edit of the
 * current draft; otherwise a refusal, naming the latest version's state.
 */
export type DraftStep =
  | { kind: 'FIRST_VERSION' }
  | { kind: 'CORRECTION'; of: string; version: number }
  | { kind: 'EDIT'; id: string }
  | { kind: 'REFUSED'; status: MinutesStatus };

export function draftStep(
  latest: { id: string; version: number; status: MinutesStatus } | undefined,
  correction: boolean,
): DraftStep {
  if (!latest) return { kind: 'FIRST_VERSION' };
  if (latest.status === 'PUBLISHED' && correction)
    return { kind: 'CORRECTION', of: latest.id, version: latest.version + 1 };
  if (nextMinutesStatus(latest.status, 'EDIT')) return { kind: 'EDIT', id: latest.id };
  return { kind: 'REFUSED', status: latest.status };
}

/** Minutes are adopted at a later meeting than the one they record, never at that meeting. */
export const isLaterMeeting = (recordedStartsAt: Date, adoptingStartsAt: Date): boolean =>
  adoptingStartsAt.getTime() > recordedStartsAt.getTime();

/** Adopted minutes are due for publication `minutesPublicationDays` after the day of adoption. */
export const publicationDue = (adoptedOn: string, publicationDays: number): string =>
  addDays(adoptedOn, publicationDays);

/**
 * Overdue, which is flagged publicly: adopted minutes still unpublished after their due date, or
 * minutes published after it. (Dates are `YYYY-MM-DD`, which compare as strings.)
 */
export function publicationOverdue(minutes: {
  status: MinutesStatus;
  publicationDue: string | null;
  publishedOn: string | null;
  today: string;
}): boolean {
  const due = minutes.publicationDue;
  if (due === null) return false;
  if (minutes.status === 'ADOPTED') return minutes.today > due;
  if (minutes.status === 'PUBLISHED')
    return minutes.publishedOn !== null && minutes.publishedOn > due;
  return false;
}
