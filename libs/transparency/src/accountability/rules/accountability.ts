import { daysFromTo, townDay } from '@quorum/core';

/**
 * What the town hall owes and how late it is (SPEC §6, issue 15 §4), computed from the dates the
 * data holds, never from a counter. Days are the town's calendar days (`townDay`): an answer due
 * on the 10th is overdue on the 11th, one day late.
 *
 * - An official answer is owed from the council's decision to its deadline; a given answer's
 *   delay runs from the decision to the answer, an outstanding one's from the decision to today.
 * - Adopted minutes are owed a publication by `publication_due` (adoption + the charter's days);
 *   delays run from adoption to publication (or today).
 * - A qualified proposal waits for an agenda from its qualification to its first placement on
 *   one (or today).
 * Averages and worst delays cover every item owed, outstanding ones with their delay so far, so
 * an old unanswered proposal weighs on them instead of vanishing from them.
 */

export interface AnswerFacts {
  proposalId: string;
  councilId: string;
  title: string | null;
  decidedAt: Date | null;
  answerDeadline: string;
  answeredAt: Date | null;
}

export interface MinutesFacts {
  minutesId: string;
  meetingId: string;
  councilId: string;
  version: number;
  meetingStartsAt: Date;
  adoptedAt: Date;
  publicationDue: string | null;
  publishedAt: Date | null;
}

export interface QualifiedFacts {
  proposalId: string;
  councilId: string;
  title: string | null;
  qualifiedAt: Date;
  placedAt: Date | null;
}

/** One thing owed by a date: when it was owed from, when due, when done, how late. */
export interface Owed {
  /** The day it became owed (decision, adoption). */
  since: string | null;
  due: string;
  /** The day it was done, or null while outstanding. */
  doneOn: string | null;
  overdue: boolean;
  /** Days past the due day (0 when on time). */
  daysLate: number;
  /** Days from `since` to `doneOn`, or to today while outstanding. */
  delayDays: number | null;
}

export interface Wait {
  since: string;
  doneOn: string | null;
  waitDays: number;
}

export interface DelayStats {
  count: number;
  overdue: number;
  averageDays: number | null;
  worstDays: number | null;
}

export function owed(since: Date | null, due: string, done: Date | null, today: string): Owed {
  const sinceDay = since ? townDay(since) : null;
  const doneOn = done ? townDay(done) : null;
  const end = doneOn ?? today;
  return {
    since: sinceDay,
    due,
    doneOn,
    overdue: doneOn === null && today > due,
    daysLate: Math.max(0, daysFromTo(due, end)),
    delayDays: sinceDay ? Math.max(0, daysFromTo(sinceDay, end)) : null,
  };
}

export function waited(since: Date, done: Date | null, today: string): Wait {
  const sinceDay = townDay(since);
  const doneOn = done ? townDay(done) : null;
  return { since: sinceDay, doneOn, waitDays: Math.max(0, daysFromTo(sinceDay, doneOn ?? today)) };
}

/** Average (to a tenth of a day) and worst of the delays, and how many items are overdue. */
export function delayStats(items: { delay: number | null; overdue?: boolean }[]): DelayStats {
  const delays = items.map((i) => i.delay).filter((d): d is number => d !== null);
  const sum = delays.reduce((a, b) => a + b, 0);
  return {
    count: items.length,
    overdue: items.filter((i) => i.overdue).length,
    averageDays: delays.length ? Math.round((sum / delays.length) * 10) / 10 : null,
    worstDays: delays.length ? Math.max(...delays) : null,
  };
}

/** Sorts owed items into due (outstanding, on time), overdue (outstanding, late) and done. */
export function sortOwed<T extends { owed: Owed }>(
  items: T[],
): { due: T[]; overdue: T[]; done: T[] } {
  return {
    due: items.filter((i) => i.owed.doneOn === null && !i.owed.overdue),
    overdue: items.filter((i) => i.owed.overdue).sort((a, b) => b.owed.daysLate - a.owed.daysLate),
    done: items.filter((i) => i.owed.doneOn !== null),
  };
}
