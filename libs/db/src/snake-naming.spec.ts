import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('names tables and columns in snake_case', () => {
    expect(naming.tableName('OutboxEvent', undefined)).toBe('outbox_event');
    expect(naming.tableName('AuditEntry', 'audit_log')).toBe('audit_log');
    expect(naming.columnName('relayedAt', undefined, [])).toBe('relayed_at');
    expect(naming.columnName('id', undefined, ['address'])).toBe('address_id');
    expect(naming.columnName('HTMLBody', undefined, [])).toBe('html_body');
    expect(naming.joinColumnName('council', 'id')).toBe('council_id');
  });
});
