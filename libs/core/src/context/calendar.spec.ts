import fc from 'fast-check';
import { addDays, calendarDay, daysFromTo, frenchDate, frenchDateTime, townDay } from './calendar';

describe('The town’s calendar', () => {
  it('counts a day from midnight in the town, not in UTC, in winter and in summer', () => {
    expect(townDay(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01');
    expect(townDay(new Date('2026-12-01T23:00:00Z'))).toBe('2026-12-02');
    expect(townDay(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(townDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('adds whole days across the changes of time and the ends of months and years', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts back what it adds', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => calendarDay(d, 'UTC'));
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (from, n) => {
        expect(daysFromTo(from, addDays(from, n))).toBe(n);
      }),
    );
  });

  it('writes a date and time as French running text does, in the town', () => {
    expect(frenchDateTime(new Date('2026-03-12T17:30:00Z'))).toBe(
      'jeudi 12 mars 2026 à 18\u00a0h 30',
    );
    expect(frenchDateTime(new Date('2026-10-01T16:00:00Z'))).toBe(
      'jeudi 1er octobre 2026 à 18\u00a0h',
    );
    expect(frenchDateTime(new Date('2026-07-01T07:05:00Z'))).toBe(
      'mercredi 1er juillet 2026 à 9\u00a0h 05',
    );
  });

  it('writes a day as running French text, the first of the month as « 1er »', () => {
    expect(frenchDate('2027-02-01')).toBe('lundi 1er février 2027');
    expect(frenchDate('2026-12-25')).toBe('vendredi 25 décembre 2026');
    expect(frenchDate('2026-12-31')).toBe('jeudi 31 décembre 2026');
  });
});
