import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@quorum/core';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from './query-rows';

export type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

/** PostgreSQL's answers that mean "run the same transaction again": serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 6;
/** The sessions' level (`default_transaction_isolation`, set in dataSourceOptions). */
const SESSION_DEFAULT: IsolationLevel = 'READ COMMITTED';

function sqlState(error: unknown): string | undefined {
  const direct = (error as { code?: unknown } | null)?.code;
  const driver = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  const code = typeof direct === 'string' ? direct : driver;
  return typeof code === 'string' ? code : undefined;
}

/**
 * One transaction per use case: a service passes the EntityManager it receives to every write,
 * the outbox and the audit trail, so they commit or roll back together. A transaction that
 * PostgreSQL aborts as a serialization failure or a deadlock is run again (with jitter), so
 * `work` must not have effects outside the database. When the Clock has been moved (tests), the
 * transaction is given its time, which SQL reads with `clock_now()`.
 */
@Injectable()
export class TransactionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async run<T>(
    work: (em: EntityManager) => Promise<T>,
    isolation: IsolationLevel = SESSION_DEFAULT,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const body = async (em: EntityManager): Promise<T> => {
          if (this.clock.offsetMs() !== 0) {
            await em.query(`SELECT set_config('quorum.now', $1, true)`, [
              this.clock.now().toISOString(),
            ]);
          }
          return work(em);
        };
        // READ COMMITTED is every session's default (pinned in dataSourceOptions): saying it again
        // would be one more statement per transaction.
        return await (isolation === SESSION_DEFAULT
          ? this.dataSource.transaction(body)
          : this.dataSource.transaction(isolation, body));
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt + Math.random() * 20));
      }
    }
  }

  /**
   * A read: `work`'s statements straight on the pool, without BEGIN and COMMIT around them (two
   * round trips, each a socket write that cost more CPU than a listing's own SELECT). Under READ
   * COMMITTED, the sessions' level, every statement already reads its own snapshot, in a
   * transaction or not, so a read sees exactly what it would have seen in one. Statements may run
   * on different connections: `work` must not write, lock, or set anything for the next one.
   * When the Clock has been moved (tests), it runs in a transaction as `run` does, for the time
   * its SQL reads with `clock_now()`.
   */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.clock.offsetMs() !== 0) return this.run(work);
    return work(this.dataSource.manager);
  }

  /**
   * What the database holds, as a value: PostgreSQL's current snapshot (which transactions have
   * ended) with the town's day. Two equal values mean no transaction committed or rolled back in
   * between, anywhere in the database (by any instance, the worker, a migration or psql), and the
   * same day for what `clock_now()`'s day decides: a read made after the first value was taken
   * would read the same rows at the second. Null while the Clock is moved (tests), whose time a
   * statement outside a transaction cannot see.
   */
  async version(): Promise<string | null> {
    if (this.clock.offsetMs() !== 0) return null;
    const [row] = await queryRows<{ version: string }>(
      this.dataSource.manager,
      `SELECT pg_current_snapshot()::text || ' ' || to_char(clock_now(), 'YYYY-MM-DD') AS version`,
      [],
      { prepare: true },
    );
    return row.version;
  }
}
