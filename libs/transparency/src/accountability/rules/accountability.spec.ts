import { delayStats, owed, sortOwed, waited } from './accountability';

// Noon in Paris, whatever the season: the town day is the date written.
const at = (day: string) => new Date(`${day}T10:00:00Z`);

describe('accountability', () => {
  it('counts an outstanding answer as due until its deadline, overdue the day after', () => {
    expect(owed(at('2026-03-01'), '2026-03-31', null, '2026-03-31')).toEqual({
      since: '2026-03-01',
      due: '2026-03-31',
      doneOn: null,
      overdue: false,
      daysLate: 0,
      delayDays: 30,
    });
    expect(owed(at('2026-03-01'), '2026-03-31', null, '2026-04-03')).toMatchObject({
      overdue: true,
      daysLate: 3,
      delayDays: 33,
    });
  });

  it('gives a late answer its days late and delay, and an early one none late', () => {
    expect(owed(at('2026-03-01'), '2026-03-31', at('2026-04-05'), '2026-06-01')).toMatchObject({
      doneOn: '2026-04-05',
      overdue: false,
      daysLate: 5,
      delayDays: 35,
    });
    expect(owed(at('2026-03-01'), '2026-03-31', at('2026-03-10'), '2026-06-01')).toMatchObject({
      daysLate: 0,
      delayDays: 9,
    });
  });

  it('counts days in the town, not in UTC (23:30 UTC on 31 March is already 1 April in Paris)', () => {
    const lateEvening = new Date('2026-03-31T23:30:00Z');
    expect(owed(at('2026-03-01'), '2026-03-31', lateEvening, '2026-06-01')).toMatchObject({
      doneOn: '2026-04-01',
      daysLate: 1,
    });
  });

  it('measures the wait for an agenda, to today while still waiting', () => {
    expect(waited(at('2026-02-01'), at('2026-02-15'), '2026-05-01')).toEqual({
      since: '2026-02-01',
      doneOn: '2026-02-15',
      waitDays: 14,
    });
    expect(waited(at('2026-02-01'), null, '2026-02-11').waitDays).toBe(10);
  });

  it('averages and finds the worst delay, outstanding items included', () => {
    expect(
      delayStats([
        { delay: 10, overdue: false },
        { delay: 35, overdue: true },
        { delay: 6, overdue: false },
      ]),
    ).toEqual({ count: 3, overdue: 1, averageDays: 17, worstDays: 35 });
    expect(delayStats([])).toEqual({ count: 0, overdue: 0, averageDays: null, worstDays: null });
  });

  it('sorts items into due, overdue (latest first) and done', () => {
    const item = (name: string, o: ReturnType<typeof owed>) => ({ name, owed: o });
    const today = '2026-04-10';
    const sorted = sortOwed([
      item('on time', owed(at('2026-04-01'), '2026-04-30', null, today)),
      item('a bit late', owed(at('2026-03-01'), '2026-04-08', null, today)),
      item('very late', owed(at('2026-02-01'), '2026-03-01', null, today)),
      item('answered', owed(at('2026-02-01'), '2026-03-01', at('2026-02-20'), today)),
    ]);
    expect(sorted.due.map((i) => i.name)).toEqual(['on time']);
    expect(sorted.overdue.map((i) => i.name)).toEqual(['very late', 'a bit late']);
    expect(sorted.done.map((i) => i.name)).toEqual(['answered']);
  });
});
