import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface QueryOptions {
  /**
   * Sent as a named prepared statement (its name derived from its text): PostgreSQL parses it once
   * per connection and, for a lookup by key, keeps one generic plan instead of planning it on every
   * call (planning cost as much as running in the bench's profile: ~0.2–0.4 ms per statement). Only
   * for statements whose text is fixed by the code (a constant, or one of a few variants), on paths
   * every request takes: each distinct text stays prepared on every connection of the pool. A
   * prepared statement keeps the types of the columns it returns: a migration that changes one
   * makes it fail (`cached plan must not change result type`) in the processes started before the
   * migration, until they restart (README, Deploying).
   */
  prepare?: boolean;
}

const names = new Map<string, string>();
const statementName = (sql: string): string => {
  let name = names.get(sql);
  if (name === undefined) {
    name = `q_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
};

/**
 * Runs SQL and returns its rows, whatever the statement. (TypeORM's `query()` answers an UPDATE or
 * DELETE … RETURNING with `[rows, count]` but an INSERT or SELECT with `rows`: use this instead.)
 */
export async function queryRows<T>(
  em: EntityManager,
  sql: string,
  parameters: unknown[] = [],
  options: QueryOptions = {},
): Promise<T[]> {
  // TypeORM hands the query to pg's client as it is: pg takes a { name, text } config there.
  const query = (options.prepare ? { name: statementName(sql), text: sql } : sql) as string;
  if (em.queryRunner) return (await em.queryRunner.query(query, parameters, true)).records as T[];
  const runner = em.connection.createQueryRunner();
  try {
    return (await runner.query(query, parameters, true)).records as T[];
  } finally {
    await runner.release();
  }
}
