import fc from 'fast-check';
import { calendarDay } from '@quorum/core';
import {
  clearDaysBetween,
  convocationTooLate,
  mayOpen,
  noticeHolds,
  OPENING_MARGIN_MS,
} from './notice';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An oracle written apart from Intl: Paris is UTC+1, UTC+2 from the last Sunday of March to the
 * last Sunday of October, 01:00 UTC (EU rule since 1996). */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY;
}
function parisDay(instant: Date): number {
  const year = instant.getUTCFullYear();
  const summer =
    instant.getTime() >= lastSundayUtc(year, 2) && instant.getTime() < lastSundayUtc(year, 9);
  const local = new Date(instant.getTime() + (summer ? 2 : 1) * HOUR);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) / DAY;
}

const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2037-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const paris = (text: string) => new Date(text);

describe('clear days (jours francs)', () => {
  it('counts the whole days strictly between the two days in Paris, across DST and month ends', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 90 * DAY }), (convocation, gap) => {
        const meeting = new Date(convocation.getTime() + gap);
        expect(clearDaysBetween(convocation, meeting, PARIS)).toBe(
          parisDay(meeting) - parisDay(convocation) - 1,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the hour of either day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (t, days) => {
        const convocationDay = calendarDay(t, PARIS);
        const meeting = new Date(t.getTime() + days * DAY + 12 * HOUR);
        const early = new Date(`${convocationDay}T00:30:00+02:00`);
        const late = new Date(`${convocationDay}T22:30:00+01:00`);
        fc.pre(
          calendarDay(early, PARIS) === convocationDay &&
            calendarDay(late, PARIS) === convocationDay,
        );
        expect(clearDaysBetween(early, meeting, PARIS)).toBe(
          clearDaysBetween(late, meeting, PARIS),
        );
      }),
    );
  });

  it('gives what a town clerk counts on the calendar', () => {
    // Spring forward (29 March 2026): convened Saturday night, meeting Monday just after midnight.
    expect(
      clearDaysBetween(
        paris('2026-03-28T23:30:00+01:00'),
        paris('2026-03-30T00:30:00+02:00'),
        PARIS,
      ),
    ).toBe(1);
    // Fall back (25 October 2026), the 23- and 25-hour days.
    expect(
      clearDaysBetween(
        paris('2026-10-24T23:59:00+02:00'),
        paris('2026-10-26T00:01:00+01:00'),
        PARIS,
      ),
    ).toBe(1);
    // Month end and a leap day.
    expect(
      clearDaysBetween(
        paris('2026-01-31T18:00:00+01:00'),
        paris('2026-02-02T18:00:00+01:00'),
        PARIS,
      ),
    ).toBe(1);
    expect(
      clearDaysBetween(
        paris('2028-02-28T18:00:00+01:00'),
        paris('2028-03-01T18:00:00+01:00'),
        PARIS,
      ),
    ).toBe(1);
    // Late evening UTC is already the next day in Paris.
    expect(
      clearDaysBetween(paris('2026-12-01T23:30:00Z'), paris('2026-12-03T10:00:00Z'), PARIS),
    ).toBe(0);
    // The next day: none; the same day: not even that.
    expect(
      clearDaysBetween(
        paris('2026-12-01T09:00:00+01:00'),
        paris('2026-12-02T09:00:00+01:00'),
        PARIS,
      ),
    ).toBe(0);
    expect(
      clearDaysBetween(
        paris('2026-12-01T09:00:00+01:00'),
        paris('2026-12-01T18:00:00+01:00'),
        PARIS,
      ),
    ).toBe(-1);
  });
});

describe('notice of a convocation', () => {
  const morning = paris('2026-12-01T09:00:00+01:00');

  it('with 0 days asked, lets a meeting later the same day be convened, never one past', () => {
    expect(noticeHolds(morning, paris('2026-12-01T18:30:00+01:00'), 0, PARIS)).toBe(true);
    expect(noticeHolds(morning, paris('2026-12-01T09:00:00+01:00'), 0, PARIS)).toBe(false);
    expect(noticeHolds(morning, paris('2026-12-01T08:00:00+01:00'), 0, PARIS)).toBe(false);
  });

  it('with N days asked, wants N clear days', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 * DAY }),
        (now, n, gap) => {
          const meeting = new Date(now.getTime() + gap);
          expect(noticeHolds(now, meeting, n, PARIS)).toBe(
            clearDaysBetween(now, meeting, PARIS) >= n,
          );
        },
      ),
    );
    // 5 clear days: convened on the 1st, the meeting can be on the 7th, not the 6th.
    expect(noticeHolds(morning, paris('2026-12-07T18:30:00+01:00'), 5, PARIS)).toBe(true);
    expect(noticeHolds(morning, paris('2026-12-06T18:30:00+01:00'), 5, PARIS)).toBe(false);
  });

  it('says why, in sentences that agree with their numbers', () => {
    expect(convocationTooLate(morning, paris('2026-12-06T18:30:00+01:00'), 5, PARIS).fr).toBe(
      'Trop tard pour convoquer : la charte exige 5 jours francs entre la convocation et la séance, et il en reste seulement 4.',
    );
    expect(convocationTooLate(morning, paris('2026-12-03T18:30:00+01:00'), 2, PARIS).fr).toBe(
      'Trop tard pour convoquer : la charte exige 2 jours francs entre la convocation et la séance, et il n’en reste qu’un.',
    );
    expect(convocationTooLate(morning, paris('2026-12-01T18:30:00+01:00'), 1, PARIS).fr).toBe(
      'Trop tard pour convoquer : la charte exige 1 jour franc entre la convocation et la séance, et il n’en reste aucun.',
    );
    expect(convocationTooLate(morning, paris('2026-12-01T08:00:00+01:00'), 0, PARIS).fr).toBe(
      'Trop tard pour convoquer : l’heure de la séance est passée.',
    );
  });
});

describe('opening a meeting', () => {
  it('is allowed from two hours before its time, and after it', () => {
    const start = paris('2026-12-01T18:30:00+01:00');
    expect(mayOpen(new Date(start.getTime() - OPENING_MARGIN_MS - 1), start)).toBe(false);
    expect(mayOpen(new Date(start.getTime() - OPENING_MARGIN_MS), start)).toBe(true);
    expect(mayOpen(new Date(start.getTime() + 3 * HOUR), start)).toBe(true);
  });
});
