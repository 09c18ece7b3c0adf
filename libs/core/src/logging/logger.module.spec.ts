import { serializeError } from './logger.module';

describe('serializeError', () => {
  const failedQuery = (query: unknown) =>
    Object.assign(new Error('duplicate key'), {
      query,
      parameters: ['secret@example.org'],
      driverError: { code: '23505' },
    });

  it('keeps the SQL text of a failed query, never its parameters', () => {
    const logged = serializeError(failedQuery('SELECT $1')) as Record<string, unknown>;
    expect(logged.query).toBe('SELECT $1');
    expect(logged).not.toHaveProperty('parameters');
    expect(logged).not.toHaveProperty('driverError');
  });

  it('logs the text of a prepared statement, not its { name, text } config', () => {
    const logged = serializeError(
      failedQuery({ name: 'q_0123456789abcdef01234567', text: 'SELECT $1' }),
    ) as Record<string, unknown>;
    expect(logged.query).toBe('SELECT $1');
    expect(logged).not.toHaveProperty('parameters');
  });
});
