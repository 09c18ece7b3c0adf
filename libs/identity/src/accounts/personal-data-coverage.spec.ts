import { namesAPerson, SchemaColumn, uncoveredTables } from './personal-data-coverage';

const column = (table: string, name: string, extra: Partial<SchemaColumn> = {}): SchemaColumn => ({
  table,
  column: name,
  dataType: 'uuid',
  referencesAccount: false,
  ...extra,
});

describe('namesAPerson', () => {
  it.each([
    [column('notification', 'account_id'), true],
    [column('proposal', 'author_id'), true],
    [column('attendance', 'proxy_holder_id'), true],
    [column('meeting', 'scheduled_by'), true],
    [column('anything', 'owner', { referencesAccount: true }), true],
    [column('meeting', 'council_id'), false],
    [column('minutes', 'adopted_by_ballot_id'), false],
    [column('audit_log', 'actor_role', { dataType: 'text' }), false],
  ])('%j → %s', (c, expected) => expect(namesAPerson(c)).toBe(expected));
});

describe('uncoveredTables', () => {
  it('lists the tables naming a person that no section declares, with those columns', () => {
    const columns = [
      column('notification', 'account_id'),
      column('notification', 'id'),
      column('proposal', 'author_id'),
      column('meeting', 'scheduled_by'),
      column('meeting', 'chaired_by'),
      column('council', 'id'),
    ];
    expect(uncoveredTables(columns, ['proposal'])).toEqual([
      { table: 'meeting', columns: ['chaired_by', 'scheduled_by'] },
      { table: 'notification', columns: ['account_id'] },
    ]);
    expect(uncoveredTables(columns, ['proposal', 'meeting', 'notification'])).toEqual([]);
  });
});
