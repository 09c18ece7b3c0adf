import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface QueryOptions {
  /**
   * Sent as a named prepared statement (its name derived from its text): PostgreSQL parses it once
   * per connection and, for a lookup by key, keeps one generic plan instead of planning it on every
   * call (planning cost as much as running in the bench's profile: ~0.2–0.4 ms per statement, 0.8
   * for a listing). For statements whose text is made by the code (a constant, or a listing's
   * shape), never with a value in it, on paths every request takes: each distinct text stays
   * prepared on every connection of the pool, up to `PREPARED_TEXTS_MAX` texts. A
   * prepared statement keeps the types of the columns it returns: a migration that changes one
   * makes it fail (`cached plan must not change result type`) in the processes started before the
   * migration, until they restart (README, Deploying).
   */
  prepare?: boolean;
}

/**
 * The most distinct texts a process sends prepared; the next ones go unnamed, as without the
 * option. A text stays prepared on each connection that ran it, for the connection's life, and
 * PostgreSQL keeps ~250 KB for a listing's (its plans and parse tree, measured with
 * `pg_backend_memory_contexts`): the listings' texts follow the request's shape (thousands of
 * combinations of filters, order and fields), so without a bound a client sending every shape
 * would grow each connection by a gigabyte. 64 of them: ~15 MB per connection at most.
 */
export const PREPARED_TEXTS_MAX = 64;

const names = new Map<string, string>();
const statementName = (sql: string): string | undefined => {
  let name = names.get(sql);
  if (name === undefined && names.size < PREPARED_TEXTS_MAX) {
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
  const name = options.prepare ? statementName(sql) : undefined;
  const query = (name ? { name, text: sql } : sql) as string;
  if (em.queryRunner) return (await em.queryRunner.query(query, parameters, true)).records as T[];
  const runner = em.connection.createQueryRunner();
  try {
    return (await runner.query(query, parameters, true)).records as T[];
  } finally {
    await runner.release();
  }
}
