import {
  isCalendarDay,
  isClockTime,
  lastDayToConvene,
  tooLateToConvene,
  townDay,
  townInstant,
} from './notice';

describe('the convocation’s notice in clear days, in the town’s calendar', () => {
  // Thursday 10 December 2026 at 19:00 in Paris (18:00 UTC).
  const meeting = '2026-12-10T18:00:00.000Z';

  it('counts whole days strictly between the convocation and the meeting', () => {
    // Five clear days (5, 6, 7, 8, 9 December) need a convocation by the 4th.
    expect(lastDayToConvene(meeting, 5)).toBe('2026-12-04T12:00:00Z');
    expect(lastDayToConvene(meeting, 1)).toBe('2026-12-08T12:00:00Z');
    expect(lastDayToConvene(meeting, 0)).toBe('2026-12-10T12:00:00Z');
  });

  it('reads days in Paris, not in UTC', () => {
    // 23:30 UTC on the 3rd is already the 4th in Paris.
    expect(townDay('2026-12-03T23:30:00.000Z')).toBe('2026-12-04');
    expect(tooLateToConvene(meeting, 5, new Date('2026-12-04T22:59:00.000Z'))).toBe(false);
    expect(tooLateToConvene(meeting, 5, new Date('2026-12-04T23:01:00.000Z'))).toBe(true);
  });

  it('is too late once the meeting has begun, even without notice', () => {
    expect(tooLateToConvene(meeting, 0, new Date('2026-12-10T17:00:00.000Z'))).toBe(false);
    expect(tooLateToConvene(meeting, 0, new Date('2026-12-10T18:00:00.000Z'))).toBe(true);
  });
});

describe('a date and time typed in the town', () => {
  it('is read in Paris, winter and summer', () => {
    expect(townInstant('2026-12-10', '19:00')).toBe('2026-12-10T18:00:00.000Z');
    expect(townInstant('2027-06-10', '19:30')).toBe('2027-06-10T17:30:00.000Z');
  });

  it('is null when a field is not a date or a time', () => {
    expect(townInstant('10/12/2026', '19:00')).toBeNull();
    expect(townInstant('2026-12-10', '')).toBeNull();
  });

  it('is null for a day or an hour that does not exist, instead of rolling over', () => {
    expect(townInstant('2026-02-31', '19:00')).toBeNull();
    expect(townInstant('2026-13-01', '19:00')).toBeNull();
    expect(townInstant('2026-12-00', '19:00')).toBeNull();
    expect(townInstant('2026-12-10', '25:00')).toBeNull();
    expect(townInstant('2026-12-10', '24:00')).toBeNull();
    expect(townInstant('2026-12-10', '19:60')).toBeNull();
    expect(isCalendarDay('2026-02-31')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isClockTime('25:00')).toBe(false);
    expect(isClockTime('00:00')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
  });
});
