import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What sending a digest needs. `email` is null when the person has no address any more. */
export interface DigestToSendRow {
  sent_at: Date | null;
  email: string | null;
  display_name: string | null;
}

export interface DigestExportRow {
  id: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** Daily digests: a person's DIGEST e-mails, gathered once. */
@Injectable()
export class NotificationDigestRepository {
  /**
   * Claims the person for this transaction, or answers false when another worker holds them: a
   * transaction-scoped advisory lock, so two gatherings never split a person's rows in two.
   */
  async claimPerson(em: EntityManager, accountId: string): Promise<boolean> {
    const [{ mine }]: { mine: boolean }[] = await em.query(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('digest:' || $1, 0)) AS mine`,
      [accountId],
    );
    return mine;
  }

  async create(em: EntityManager, accountId: string): Promise<string> {
    const [digest]: { id: string }[] = await em.query(
      `INSERT INTO notification_digest (account_id) VALUES ($1) RETURNING id`,
      [accountId],
    );
    return digest.id;
  }

  async toSend(em: EntityManager, digestId: string): Promise<DigestToSendRow | undefined> {
    const [digest]: DigestToSendRow[] = await em.query(
      `SELECT d.sent_at, c.email, c.display_name FROM notification_digest d
         LEFT JOIN account_contact c ON c.account_id = d.account_id WHERE d.id = $1`,
      [digestId],
    );
    return digest;
  }

  async markSent(em: EntityManager, digestId: string): Promise<void> {
    await em.query(`UPDATE notification_digest SET sent_at = now() WHERE id = $1`, [digestId]);
  }

  /** Whose digest it is (an unsubscribe link names the row). */
  async owner(
    em: EntityManager,
    digestId: string,
  ): Promise<{ account_id: string; event_type: null } | undefined> {
    const [row]: { account_id: string; event_type: null }[] = await em.query(
      `SELECT account_id, NULL AS event_type FROM notification_digest WHERE id = $1`,
      [digestId],
    );
    return row;
  }

  /** Digests not sent a minute after they were made, within a week, oldest first. */
  async overdue(em: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM notification_digest WHERE sent_at IS NULL
          AND created_at < now() - interval '1 minute' AND created_at > now() - interval '7 days'
        ORDER BY created_at LIMIT 5000`,
    );
    return rows.map((row) => row.id);
  }

  exportOf(em: EntityManager, accountId: string): Promise<DigestExportRow[]> {
    return em.query(
      `SELECT id, created_at AS "createdAt", sent_at AS "sentAt" FROM notification_digest
        WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
  }

  async eraseOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM notification_digest WHERE account_id = $1`, [accountId]);
  }
}
