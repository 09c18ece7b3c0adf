import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

/** The channel the outbox's trigger notifies when an event is recorded (migration OutboxNotify). */
export const OUTBOX_CHANNEL = 'outbox_event';

/** An outbox row as the relay sees it. */
export interface PendingEventRow {
  id: string;
  type: string;
}

/** The outbox's events: written in the caller's transaction, relayed once committed. */
@Injectable()
export class OutboxEventRepository {
  async insert(em: EntityManager, type: string, payload: unknown): Promise<string> {
    const rows: { id: string }[] = await em.query(
      'INSERT INTO outbox_event (type, payload) VALUES ($1, $2::jsonb) RETURNING id::text AS id',
      [type, JSON.stringify(payload)],
    );
    return rows[0].id;
  }

  find(em: EntityManager, id: string): Promise<OutboxEvent | null> {
    return em.getRepository(OutboxEvent).findOneBy({ id });
  }

  /**
   * Claims up to `limit` events not yet relayed, oldest first. SKIP LOCKED: relays running at once
   * take disjoint batches, each held until its transaction ends.
   */
  claimPending(em: EntityManager, limit: number): Promise<PendingEventRow[]> {
    return em.query(
      `SELECT id::text AS id, type FROM outbox_event
        WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRelayed(em: EntityManager, ids: string[]): Promise<void> {
    await em.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [
      ids,
    ]);
  }

  /**
   * Has a dedicated connection (not the pool's: it stays idle between notifications) hear of each
   * committed outbox insert.
   */
  async listen(connection: { query(sql: string): Promise<unknown> }): Promise<void> {
    await connection.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }
}
