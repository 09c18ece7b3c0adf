import { EntityManager } from 'typeorm';

/**
 * Runs SQL and returns its rows, whatever the statement. (TypeORM's `query()` answers an UPDATE or
 * DELETE … RETURNING with `[rows, count]` but an INSERT or SELECT with `rows`: use this instead.)
 */
export async function queryRows<T>(
  em: EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  if (em.queryRunner) return (await em.queryRunner.query(sql, parameters, true)).records as T[];
  const runner = em.connection.createQueryRunner();
  try {
    return (await runner.query(sql, parameters, true)).records as T[];
  } finally {
    await runner.release();
  }
}
