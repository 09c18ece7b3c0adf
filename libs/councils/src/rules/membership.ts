import { townDay } from '@quorum/core';
import type { College, CouncilRole } from '../membership/council-membership.entity';

/**
 * Seats and terms (SPEC §2): who is in office, when a term ends, when a college is full, what a
 * college or an office asks of the person who takes it. Dates are ISO calendar days
 * (`YYYY-MM-DD`), which compare as strings.
 */

/**
 * The calendar day of an instant in the town, as the application's clock gives it: a seat taken
 * at half past midnight in Paris starts that day, not the day before (as the UTC date would say).
 */
export const today = (now: Date): string => townDay(now);

/**
 * The last day of a term of `termYears` years that starts on `termStart`: the day before its
 * anniversary (a term started on 29 February ends on the 28th, or the 29th in a leap year).
 */
export function termEnd(termStart: string, termYears: number): string {
  const date = new Date(`${termStart}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + termYears);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export interface Term {
  termStart: string;
  termEnd: string;
  endedAt: Date | string | null;
}

/**
 * In office on a day: the membership is not ended, and the day is within its term, both ends
 * included. (The view `council_member_in_office` is the same rule on the database's clock.)
 */
export const inOffice = (membership: Term, day: string): boolean =>
  membership.endedAt === null && membership.termStart <= day && day <= membership.termEnd;

export const ELECTED_COLLEGES: readonly College[] = ['ELECTED_MAJORITY', 'ELECTED_OPPOSITION'];

/** Elected members sit for a political group; the other colleges have none. */
export const needsPoliticalGroup = (college: College): boolean =>
  ELECTED_COLLEGES.includes(college);

/** When the charter says so, only a member of the residents' college may be co-chair. */
export const officeAllowed = (
  role: CouncilRole,
  college: College,
  residentCoChairRequired: boolean,
): boolean => !(role === 'CO_CHAIR' && residentCoChairRequired && college !== 'RESIDENTS');

/**
 * Seats taken per college: the members in office, plus, for residents, the seats an announced
 * draw has reserved (null: no draw announced).
 */
export function seatsTaken(
  inOfficeByCollege: Partial<Record<College, number>>,
  reservedByDraw: number | null,
): Partial<Record<College, number>> {
  const taken = { ...inOfficeByCollege };
  if (reservedByDraw !== null) taken.RESIDENTS = (taken.RESIDENTS ?? 0) + reservedByDraw;
  return taken;
}

/** Seats still free in a college. */
export const freeSeats = (seats: number, taken: number): number => seats - taken;

/** A college is full when its seats are all taken: nobody else may join it. */
export const collegeFull = (seats: number, taken: number): boolean => freeSeats(seats, taken) <= 0;

/** The elected opposition's members (their agenda quota, their statements). */
export const isOpposition = (college: College): boolean => college === 'ELECTED_OPPOSITION';
