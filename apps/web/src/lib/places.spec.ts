import { CHART, chartOf, monthFr } from './places';

describe('The progress chart', () => {
  it('stacks each month’s counts from the axis, tallest month to the top of the plot', () => {
    const { bars, ticks } = chartOf([
      { month: '2026-11', accessible: 1, notAccessible: 3, unknown: 0 },
      { month: '2026-12', accessible: 2, notAccessible: 1, unknown: 1 },
    ]);
    const axis = CHART.height - CHART.bottom;
    expect(bars[0].segments.map((s) => s.kind)).toEqual(['accessible', 'notAccessible']);
    const top = bars[0].segments.at(-1)!;
    expect(top.y).toBeCloseTo(CHART.top);
    expect(bars[0].segments[0].y + bars[0].segments[0].height).toBeCloseTo(axis);
    expect(bars[1].segments).toHaveLength(3);
    expect(ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    expect(bars.map((b) => b.label)).toEqual(['nov. 2026', 'déc. 2026']);
  });

  it('draws an empty register without dividing by zero', () => {
    const { bars } = chartOf([{ month: '2026-12', accessible: 0, notAccessible: 0, unknown: 0 }]);
    expect(bars[0].segments).toEqual([]);
  });

  it('names months in French', () => {
    expect(monthFr('2026-02', true)).toBe('février 2026');
  });
});
