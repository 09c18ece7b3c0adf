import { checkDueOn, isStale, lastFreshDay, STALE_AFTER_DAYS } from './staleness';

describe('staleness of a solidarity entry', () => {
  it('is due 90 days after its last check', () => {
    expect(STALE_AFTER_DAYS).toBe(90);
    expect(checkDueOn('2026-01-01')).toBe('2026-04-01');
  });

  it('is fresh until the day before it turns stale', () => {
    expect(lastFreshDay('2026-01-01')).toBe('2026-03-31');
    expect(isStale('2026-01-01', lastFreshDay('2026-01-01'))).toBe(false);
  });

  it('is stale from the 90th day on, not before', () => {
    expect(isStale('2026-01-01', '2026-03-31')).toBe(false);
    expect(isStale('2026-01-01', '2026-04-01')).toBe(true);
    expect(isStale('2026-01-01', '2027-01-01')).toBe(true);
    expect(isStale('2026-01-01', '2026-01-01')).toBe(false);
  });

  it('counts calendar days across a change of summer time', () => {
    expect(isStale('2026-03-01', '2026-05-30')).toBe(true);
    expect(isStale('2026-03-01', '2026-05-29')).toBe(false);
  });
});
