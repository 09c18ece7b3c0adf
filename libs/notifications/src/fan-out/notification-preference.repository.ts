import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveryMode } from './notification-events';

export interface PreferenceRow {
  account_id: string;
  event_type: string;
  mode: DeliveryMode;
}

export interface PreferenceExportRow {
  event: string;
  mode: DeliveryMode;
  updatedAt: Date;
}

/** People's e-mail choices, one per event type; none means the event's default. */
@Injectable()
export class NotificationPreferenceRepository {
  ofAccount(em: EntityManager, accountId: string): Promise<PreferenceRow[]> {
    return em.query(
      `SELECT account_id, event_type, mode FROM notification_preference WHERE account_id = $1`,
      [accountId],
    );
  }

  async set(
    em: EntityManager,
    accountId: string,
    eventType: string,
    mode: DeliveryMode,
  ): Promise<void> {
    await em.query(
      `INSERT INTO notification_preference (account_id, event_type, mode) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, event_type) DO UPDATE SET mode = excluded.mode, updated_at = clock_now()`,
      [accountId, eventType, mode],
    );
  }

  exportOf(em: EntityManager, accountId: string): Promise<PreferenceExportRow[]> {
    return em.query(
      `SELECT event_type AS "event", mode, updated_at AS "updatedAt" FROM notification_preference
        WHERE account_id = $1 ORDER BY event_type`,
      [accountId],
    );
  }

  async eraseOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM notification_preference WHERE account_id = $1`, [accountId]);
  }
}
