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
}
