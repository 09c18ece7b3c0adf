import { reminderGroups } from './check-reminders';

describe('grouping the check reminders of one run', () => {
  it('makes one group per stage for the agents and one per stage and partner', () => {
    const groups = reminderGroups([
      { id: 'a', stage: 'OVERDUE', partnerId: 'p1' },
      { id: 'b', stage: 'OVERDUE', partnerId: 'p1' },
      { id: 'c', stage: 'OVERDUE', partnerId: null },
      { id: 'd', stage: 'DUE_IN_7_DAYS', partnerId: 'p2' },
    ]);
    expect(groups).toEqual([
      { stage: 'OVERDUE', associationId: null, entryIds: ['a', 'b', 'c'] },
      { stage: 'OVERDUE', associationId: 'p1', entryIds: ['a', 'b'] },
      { stage: 'DUE_IN_7_DAYS', associationId: null, entryIds: ['d'] },
      { stage: 'DUE_IN_7_DAYS', associationId: 'p2', entryIds: ['d'] },
    ]);
  });

  it('makes nothing of a run with no entry due', () => {
    expect(reminderGroups([])).toEqual([]);
  });
});
