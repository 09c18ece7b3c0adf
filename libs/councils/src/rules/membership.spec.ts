import fc from 'fast-check';
import {
  collegeFull,
  freeSeats,
  inOffice,
  needsPoliticalGroup,
  officeAllowed,
  seatsTaken,
  termEnd,
  today,
} from './membership';

const DAY = 86_400_000;
const dayArbitrary = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2090, 11, 31) / DAY })
  .map((n) => new Date(n * DAY).toISOString().slice(0, 10));
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe('a term (SPEC §2: termYears)', () => {
  it('ends the day before its anniversary, termYears later', () => {
    expect(termEnd('2026-03-01', 3)).toBe('2029-02-28');
    expect(termEnd('2026-01-15', 1)).toBe('2027-01-14');
  });

  it('started on 29 February ends on 28 February of a common year', () => {
    expect(termEnd('2024-02-29', 1)).toBe('2025-02-28');
    expect(termEnd('2024-02-29', 4)).toBe('2028-02-28');
  });

  it('lasts termYears years: the day after it ends is the anniversary (1 March for a 29 February in a common year)', () => {
    const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    fc.assert(
      fc.property(dayArbitrary, fc.integer({ min: 1, max: 10 }), (start, years) => {
        const end = termEnd(start, years);
        expect(end > start).toBe(true);
        const year = Number(start.slice(0, 4)) + years;
        const anniversary =
          start.endsWith('-02-29') && !leap(year) ? `${year}-03-01` : `${year}${start.slice(4)}`;
        expect(addDays(end, 1)).toBe(anniversary);
      }),
    );
  });

  it('starts on the calendar day of the town, not of UTC', () => {
    // 23:30 UTC on 1 December is half past midnight on the 2nd in Paris (UTC+1 in winter).
    expect(today(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(today(new Date('2026-12-01T22:30:00Z'))).toBe('2026-12-01');
    // Summer time: UTC+2.
    expect(today(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
});

describe('in office', () => {
  const term = { termStart: '2026-01-01', termEnd: '2028-12-31', endedAt: null };

  it('from the first day of the term to its last, both included', () => {
    expect(inOffice(term, '2025-12-31')).toBe(false);
    expect(inOffice(term, '2026-01-01')).toBe(true);
    expect(inOffice(term, '2028-12-31')).toBe(true);
    expect(inOffice(term, '2029-01-01')).toBe(false);
  });

  it('no longer once the membership has ended, whatever the term says', () => {
    fc.assert(
      fc.property(dayArbitrary, (day) => {
        expect(inOffice({ ...term, endedAt: new Date() }, day)).toBe(false);
      }),
    );
  });

  it('exactly on the days within the term when not ended', () => {
    fc.assert(
      fc.property(dayArbitrary, fc.nat(4000), dayArbitrary, (start, length, day) => {
        const end = addDays(start, length);
        const within = Date.parse(start) <= Date.parse(day) && Date.parse(day) <= Date.parse(end);
        expect(inOffice({ termStart: start, termEnd: end, endedAt: null }, day)).toBe(within);
      }),
    );
  });
});

describe('colleges and offices', () => {
  it('a college is full when its seats are all taken', () => {
    expect(collegeFull(3, 2)).toBe(false);
    expect(collegeFull(3, 3)).toBe(true);
    expect(collegeFull(0, 0)).toBe(true);
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), (seats, taken) => {
        expect(collegeFull(seats, taken)).toBe(freeSeats(seats, taken) <= 0);
      }),
    );
  });

  it('an announced draw’s seats count as taken in the residents’ college only', () => {
    expect(seatsTaken({ RESIDENTS: 4, ASSOCIATIONS: 2 }, 3)).toEqual({
      RESIDENTS: 7,
      ASSOCIATIONS: 2,
    });
    expect(seatsTaken({ ASSOCIATIONS: 2 }, 3)).toEqual({ RESIDENTS: 3, ASSOCIATIONS: 2 });
    expect(seatsTaken({ RESIDENTS: 4 }, null)).toEqual({ RESIDENTS: 4 });
  });

  it('elected members, and only they, sit for a political group', () => {
    expect(needsPoliticalGroup('ELECTED_MAJORITY')).toBe(true);
    expect(needsPoliticalGroup('ELECTED_OPPOSITION')).toBe(true);
    expect(needsPoliticalGroup('RESIDENTS')).toBe(false);
    expect(needsPoliticalGroup('ASSOCIATIONS')).toBe(false);
  });

  it('the co-chair comes from the residents’ college when the charter reserves it to them', () => {
    expect(officeAllowed('CO_CHAIR', 'RESIDENTS', true)).toBe(true);
    expect(officeAllowed('CO_CHAIR', 'ASSOCIATIONS', true)).toBe(false);
    expect(officeAllowed('CO_CHAIR', 'ELECTED_MAJORITY', false)).toBe(true);
    expect(officeAllowed('CHAIR', 'ELECTED_MAJORITY', true)).toBe(true);
    expect(officeAllowed('SECRETARY', 'ASSOCIATIONS', true)).toBe(true);
  });
});
