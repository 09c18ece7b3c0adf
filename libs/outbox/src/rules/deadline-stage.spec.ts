import { addDays } from '@quorum/core';
import fc from 'fast-check';
import { deadlineStage } from './deadline-stage';

describe('A deadline of the town hall', () => {
  const today = '2026-12-01';

  it('is told a week ahead, then the day before, then once passed', () => {
    expect(deadlineStage('2026-12-09', today)).toBeNull();
    expect(deadlineStage('2026-12-08', today)).toBe('DUE_IN_7_DAYS');
    expect(deadlineStage('2026-12-03', today)).toBe('DUE_IN_7_DAYS');
    expect(deadlineStage('2026-12-02', today)).toBe('DUE_TOMORROW');
    expect(deadlineStage('2026-12-01', today)).toBe('DUE_TOMORROW');
    expect(deadlineStage('2026-11-30', today)).toBe('OVERDUE');
  });

  it('only moves forward as the days pass: further off, a week, tomorrow, overdue', () => {
    const order = [null, 'DUE_IN_7_DAYS', 'DUE_TOMORROW', 'OVERDUE'];
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (d, later) => {
          const due = addDays(today, d);
          const now = order.indexOf(deadlineStage(due, today));
          const then = order.indexOf(deadlineStage(due, addDays(today, later)));
          expect(then).toBeGreaterThanOrEqual(now);
        },
      ),
    );
  });
});
