import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadlinePayload, JobCatalogue, JobName } from '../jobs/job-catalogue';

/** The stage of a deadline held in a date column: 7 days ahead, tomorrow, or passed. */
export const deadlineStage = (column: string) =>
  `CASE WHEN ${column} < clock_now()::date THEN 'OVERDUE'
        WHEN ${column} <= clock_now()::date + 1 THEN 'DUE_TOMORROW'
        ELSE 'DUE_IN_7_DAYS' END`;

/** Records domain events inside the caller's transaction; nothing is sent before it commits. */
@Injectable()
export class OutboxService {
  async record<T extends JobName>(
    em: EntityManager,
    type: T,
    payload: JobCatalogue[T],
  ): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error(`Outbox event ${type} recorded outside a transaction`);
    }
    const rows: { id: string }[] = await em.query(
      'INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb) RETURNING id::text AS id',
      [type, JSON.stringify(payload)],
    );
    return rows[0].id;
  }

  /**
   * Records the event only the first time `key` is seen (a reminder, a deadline stage): several
   * workers running the same scheduled check record it once.
   */
  async recordOnce<T extends JobName>(
    em: EntityManager,
    key: string,
    type: T,
    payload: JobCatalogue[T],
  ): Promise<boolean> {
    const claimed: unknown[] = await em.query(
      `INSERT INTO notification_once (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    if (claimed.length === 0) return false;
    await this.record(em, type, payload);
    return true;
  }

  /**
   * For the town hall's deadlines: each row of `table` in `status` whose date `column` is within
   * 7 days (or past) records `type` once per stage (7 days ahead, tomorrow, overdue).
   */
  async recordDeadlines<T extends 'proposal.answer-due' | 'minutes.publication-due'>(
    em: EntityManager,
    due: { table: 'proposal' | 'minutes'; column: string; status: string },
    type: T,
    payload: (id: string, stage: DeadlinePayload['stage']) => JobCatalogue[T],
  ): Promise<void> {
    const rows: { id: string; stage: DeadlinePayload['stage'] }[] = await em.query(
      `SELECT id, ${deadlineStage(due.column)} AS stage FROM ${due.table}
        WHERE status = $1 AND ${due.column} <= clock_now()::date + 7`,
      [due.status],
    );
    for (const { id, stage } of rows) {
      await this.recordOnce(em, `${type}-${id}-${stage}`, type, payload(id, stage));
    }
  }
}
