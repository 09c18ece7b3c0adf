import { isCalendarDay, isFilterProblem, parseOpenDataFilter } from './filter';

describe('Open-data filters', () => {
  it('reads a council, a first and a last day', () => {
    expect(
      parseOpenDataFilter({ council: 'les-tilleuls', since: '2026-01-01', until: '2026-12-31' }),
    ).toEqual({ councilSlug: 'les-tilleuls', since: '2026-01-01', until: '2026-12-31' });
  });

  it('takes no filter, or empty ones, as the whole dataset', () => {
    expect(parseOpenDataFilter({})).toEqual({ councilSlug: null, since: null, until: null });
    expect(parseOpenDataFilter({ council: '', since: '' })).toEqual({
      councilSlug: null,
      since: null,
      until: null,
    });
  });

  it('accepts one day (since = until)', () => {
    expect(isFilterProblem(parseOpenDataFilter({ since: '2026-03-01', until: '2026-03-01' }))).toBe(
      false,
    );
  });

  it.each([
    [{ since: '01/02/2026' }, { field: 'since', problem: 'NOT_A_DAY' }],
    [{ until: '2026-02-30' }, { field: 'until', problem: 'NOT_A_DAY' }],
    [
      { since: '2026-03-02', until: '2026-03-01' },
      { field: 'until', problem: 'BEFORE_SINCE' },
    ],
    [{ council: 'Les Tilleuls' }, { field: 'council', problem: 'NOT_A_SLUG' }],
    [{ councils: 'a' }, { field: 'councils', problem: 'UNKNOWN' }],
    [{ since: ['2026-01-01', '2026-02-01'] }, { field: 'since', problem: 'REPEATED' }],
  ])('refuses %j', (query, problem) => {
    expect(parseOpenDataFilter(query)).toEqual(problem);
  });

  it('knows a calendar day', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-13-01')).toBe(false);
    expect(isCalendarDay('2025-1-01')).toBe(false);
  });
});
