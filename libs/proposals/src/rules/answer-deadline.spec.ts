import fc from 'fast-check';
import { answerDeadline, answerOverdue } from './answer-deadline';

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('The official answer’s deadline (SPEC §3)', () => {
  it('falls responseDeadlineDays calendar days after the day of the decision', () => {
    expect(answerDeadline('2026-01-10', 60)).toBe('2026-03-11');
    expect(answerDeadline('2026-03-01', 60)).toBe('2026-04-30');
    expect(answerDeadline('2028-02-28', 1)).toBe('2028-02-29');
    expect(answerDeadline('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts days, not hours, across the changes of summer time', () => {
    expect(answerDeadline('2026-03-28', 1)).toBe('2026-03-29');
    expect(answerDeadline('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('moves by one day for each day more, and is the decision day itself for 0', () => {
    fc.assert(
      fc.property(day, fc.nat(365), (decided, days) => {
        expect(answerDeadline(decided, 0)).toBe(decided);
        const next = answerDeadline(decided, days + 1);
        expect(answerDeadline(answerDeadline(decided, days), 1)).toBe(next);
      }),
    );
  });

  it('is overdue the day after the deadline while the proposal waits for its answer', () => {
    expect(answerOverdue('ADOPTED', '2026-03-11', '2026-03-11')).toBe(false);
    expect(answerOverdue('ADOPTED', '2026-03-11', '2026-03-12')).toBe(true);
    expect(answerOverdue('ANSWERED', '2026-03-11', '2026-04-01')).toBe(false);
    expect(answerOverdue('ADOPTED', null, '2026-04-01')).toBe(false);
  });
});
