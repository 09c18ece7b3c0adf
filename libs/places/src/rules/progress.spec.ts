import { lastDayOf, progressSeries, SERIES_MONTHS, stateOn, tallyBy } from './progress';

describe('stateOn', () => {
  const place = {
    since: '2026-03-10',
    checks: [
      { checkedOn: '2026-05-02', overall: 'ACCESSIBLE' as const },
      { checkedOn: '2026-04-01', overall: 'NOT_ACCESSIBLE' as const },
    ],
  };

  it('is the latest check on or before the day, whatever the order of the checks', () => {
    expect(stateOn(place, '2026-04-30')).toBe('NOT_ACCESSIBLE');
    expect(stateOn(place, '2026-05-02')).toBe('ACCESSIBLE');
  });

  it('takes the check recorded last among those of one day', () => {
    const sameDay = {
      since: '2026-04-01',
      checks: [
        { checkedOn: '2026-04-01', overall: 'NOT_ACCESSIBLE' as const },
        { checkedOn: '2026-04-01', overall: 'ACCESSIBLE' as const },
      ],
    };
    expect(stateOn(sameDay, '2026-04-01')).toBe('ACCESSIBLE');
  });

  it('is unknown before the first check, and null before the place was registered', () => {
    expect(stateOn(place, '2026-03-31')).toBe('UNKNOWN');
    expect(stateOn(place, '2026-03-09')).toBeNull();
  });

  it('counts a place from its first check when that is before its registration', () => {
    expect(stateOn({ since: '2026-12-01', checks: place.checks }, '2026-04-15')).toBe(
      'NOT_ACCESSIBLE',
    );
  });
});

describe('progressSeries', () => {
  it('counts each month on its last day, and the current month today', () => {
    const series = progressSeries(
      [
        { since: '2026-10-05', checks: [{ checkedOn: '2026-10-05', overall: 'NOT_ACCESSIBLE' }] },
        {
          since: '2026-10-20',
          checks: [
            { checkedOn: '2026-10-20', overall: 'NOT_ACCESSIBLE' },
            { checkedOn: '2026-11-15', overall: 'ACCESSIBLE' },
          ],
        },
        { since: '2026-12-01', checks: [] },
      ],
      '2026-12-01',
    );
    expect(series).toEqual([
      { month: '2026-10', day: '2026-10-31', accessible: 0, notAccessible: 2, unknown: 0 },
      { month: '2026-11', day: '2026-11-30', accessible: 1, notAccessible: 1, unknown: 0 },
      { month: '2026-12', day: '2026-12-01', accessible: 1, notAccessible: 1, unknown: 1 },
    ]);
  });

  it('keeps the last months only, across years', () => {
    const series = progressSeries([{ since: '2020-01-15', checks: [] }], '2026-12-01');
    expect(series).toHaveLength(SERIES_MONTHS);
    expect(series[0].month).toBe('2024-01');
    expect(series.at(-1)?.month).toBe('2026-12');
  });

  it('is the current month alone for an empty register', () => {
    expect(progressSeries([], '2026-12-01')).toEqual([
      { month: '2026-12', day: '2026-12-01', accessible: 0, notAccessible: 0, unknown: 0 },
    ]);
  });
});

describe('lastDayOf and tallyBy', () => {
  it('knows February in leap years', () => {
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
  });

  it('groups today’s states by key', () => {
    const rows = [
      { kind: 'SCHOOL', overall: 'ACCESSIBLE' as const },
      { kind: 'HALL', overall: 'NOT_ACCESSIBLE' as const },
      { kind: 'SCHOOL', overall: 'UNKNOWN' as const },
    ];
    expect([
      ...tallyBy(
        rows,
        (r) => r.kind,
        (r) => r.overall,
      ),
    ]).toEqual([
      ['SCHOOL', { accessible: 1, notAccessible: 0, unknown: 1 }],
      ['HALL', { accessible: 0, notAccessible: 1, unknown: 0 }],
    ]);
  });
});
