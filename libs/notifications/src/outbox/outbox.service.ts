import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobCatalogue, JobName } from '../jobs/job-catalogue';

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
}
