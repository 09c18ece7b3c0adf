import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';

export interface QueryOptions {
  /**
   * Sent as a named prepared statement (its name derived from its text): PostgreSQL parses it once
   * per connection and, for a lookup by key, keeps one generic plan instead of planning it on every
   * call (planning cost as much as running in the bench's profile: ~0.2–0.4 ms per statement, 0.8
   * for a listing). Never for a text with a value in it; each distinct text stays prepared on
   * every connection of the pool that ran it, for the connection's life.
   * - `true`: a constant of the code (a lookup, a write), on a path every request takes;
   * - `'shape'`: a text made from the shape of a request (a listing's filters, order, fields),
   *   of which a client can ask for thousands: prepared only while the process has sent fewer
   *   than `PREPARED_SHAPES_MAX` of them, the next ones unnamed, as without the option.
   *
   * A prepared statement keeps the types of the columns it returns: a migration that changes one
   * makes it fail (`cached plan must not change result type`) in the processes started before the
   * migration, until they restart (README, Deploying).
   */
  prepare?: boolean | 'shape';
}

/**
 * The most texts of request shapes (`prepare: 'shape'`) a process sends prepared. PostgreSQL keeps
 * ~243 KB on a connection for a prepared listing (its plans and parse tree, measured with
 * `pg_backend_memory_contexts`), and the shapes a client can ask for number in the thousands:
 * without a bound, a client sending every shape would grow each connection by a gigabyte. 64 of
 * them: ~15 MB per connection at most. The first shapes seen keep their place; the constants of
 * `prepare: true` have no such bound (the code has a few dozen) and are never crowded out.
 */
export const PREPARED_SHAPES_MAX = 64;

const names = new Map<string, string>();
let shapes = 0;
const statementName = (sql: string, kind: true | 'shape'): string | undefined => {
  let name = names.get(sql);
  if (name === undefined && (kind === true || shapes < PREPARED_SHAPES_MAX)) {
    name = `q_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
    if (kind === 'shape') shapes++;
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
  const name = options.prepare ? statementName(sql, options.prepare) : undefined;
  const query = (name ? { name, text: sql } : sql) as string;
  if (em.queryRunner) return (await em.queryRunner.query(query, parameters, true)).records as T[];
  const runner = em.connection.createQueryRunner();
  try {
    return (await runner.query(query, parameters, true)).records as T[];
  } finally {
    await runner.release();
  }
}
