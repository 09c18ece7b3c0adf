import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { WAITING_STATUSES } from '../rules/email-mode';
import { NotificationEventType } from './notification-events';
import { EmailStatus } from './notification.entity';

/** What sending one e-mail needs. `email` is null when the person has no address any more. */
export interface EmailToSendRow {
  id: string;
  status: EmailStatus;
  event_type: NotificationEventType;
  title: string;
  body: string;
  link: string;
  email: string | null;
  display_name: string | null;
}

export interface DigestItemRow {
  title: string;
  body: string;
  link: string;
}

export interface EmailExportRow {
  notificationId: string;
  event: string;
  status: EmailStatus;
  forced: boolean;
  digestId: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** The e-mail channel of notifications: one row per (event, recipient). */
@Injectable()
export class NotificationEmailRepository {
  /**
   * Writes the e-mail rows of notifications just written (same transaction), with the status the
   * rules gave each (emailRowStatus); returns the ids of those to send now. Rows already there are
   * kept (the unique key), though a notification written in this transaction has none.
   */
  async insertForNotifications(
    em: EntityManager,
    event: { id: string; type: string },
    rows: {
      notificationId: string;
      accountId: string;
      status: 'PENDING' | 'DIGEST';
      forced: boolean;
    }[],
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const written: { id: string }[] = await em.query(
      `INSERT INTO notification_email (notification_id, event_id, event_type, account_id, status, forced)
       SELECT b.notification_id, $1, $2, b.account_id, b.status, b.forced
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::boolean[])
              AS b(notification_id, account_id, status, forced)
       ON CONFLICT (event_id, account_id) DO NOTHING
       RETURNING id, status`,
      [
        event.id,
        event.type,
        rows.map((r) => r.notificationId),
        rows.map((r) => r.accountId),
        rows.map((r) => r.status),
        rows.map((r) => r.forced),
      ],
    );
    return (written as { id: string; status: string }[])
      .filter((row) => row.status === 'PENDING')
      .map((row) => row.id);
  }

  /** The event's e-mails still to send for these people (of this run or of an earlier one), in id order. */
  async pendingOfEvent(
    em: EntityManager,
    eventId: string,
    accountIds: string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM notification_email WHERE event_id = $1 AND account_id = ANY($2::uuid[]) AND status = 'PENDING'
        ORDER BY id`,
      [eventId, accountIds],
    );
    return rows.map((row) => row.id);
  }

  /** What sending these e-mails needs, in id order (those gone are absent). */
  toSend(em: EntityManager, emailIds: string[]): Promise<EmailToSendRow[]> {
    return em.query(
      `SELECT e.id, e.status, e.event_type, n.title, n.body, n.link, c.email, c.display_name
         FROM notification_email e JOIN notification n ON n.id = e.notification_id
         LEFT JOIN account_contact c ON c.account_id = e.account_id
        WHERE e.id = ANY($1::uuid[]) ORDER BY e.id`,
      [emailIds],
    );
  }

  /**
   * Claims an e-mail's delivery key (as MailDeliveryRepository.claim) and marks the row SENT, in
   * one statement: both commit with the send, or neither. The row is updated only once the key
   * is this transaction's (the key is always locked first, as by a plain claim: two runs of the
   * same e-mail never wait on each other in a circle). False when the key was taken already.
   */
  async claimAndMarkSent(
    em: EntityManager,
    emailId: string,
    delivery: { key: string; template: string; messageId: string },
  ): Promise<boolean> {
    const [{ claimed }]: { claimed: boolean }[] = await em.query(
      `WITH claim AS (
         INSERT INTO mail_delivery (delivery_key, template, message_id) VALUES ($2, $3, $4)
         ON CONFLICT (delivery_key) DO NOTHING RETURNING id),
       sent AS (
         UPDATE notification_email SET status = 'SENT', sent_at = now()
          WHERE id = $1 AND status = 'PENDING' AND EXISTS (SELECT 1 FROM claim) RETURNING id)
       SELECT EXISTS (SELECT 1 FROM claim) AS claimed`,
      [emailId, delivery.key, delivery.template, delivery.messageId],
    );
    return claimed;
  }

  /** A PENDING e-mail leaves that state once: SENT (stamped) or FAILED. */
  async settle(em: EntityManager, emailIds: string[], status: 'SENT' | 'FAILED'): Promise<void> {
    if (emailIds.length === 0) return;
    await em.query(
      `UPDATE notification_email SET status = $2, sent_at = CASE WHEN $2 = 'SENT' THEN now() END
        WHERE id = ANY($1::uuid[]) AND status = 'PENDING'`,
      [emailIds, status],
    );
  }

  /**
   * The atomic form of droppedWhenTurnedOff: the person's waiting e-mails of these types, not
   * forced, become DROPPED. Rows are locked in id order, as the digest locks them: the two never
   * wait on each other in a circle.
   */
  async dropWaiting(em: EntityManager, accountId: string, types: readonly string[]): Promise<void> {
    await em.query(
      `UPDATE notification_email SET status = 'DROPPED'
        WHERE id IN (SELECT id FROM notification_email
                      WHERE account_id = $1 AND event_type = ANY($2) AND status = ANY($3) AND NOT forced
                      ORDER BY id FOR UPDATE)`,
      [accountId, types, WAITING_STATUSES],
    );
  }

  /** People with e-mails waiting for a digest, after `after` in account id order. */
  async peopleWaitingForDigest(
    em: EntityManager,
    after: string | null,
    limit: number,
  ): Promise<string[]> {
    const rows: { account_id: string }[] = await em.query(
      `SELECT DISTINCT account_id FROM notification_email
        WHERE status = 'DIGEST' AND ($1::uuid IS NULL OR account_id > $1) ORDER BY account_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => row.account_id);
  }

  /** The person's e-mails waiting for a digest, locked (in id order) until the digest is made. */
  async lockWaitingForDigest(em: EntityManager, accountId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM notification_email WHERE account_id = $1 AND status = 'DIGEST' ORDER BY id FOR UPDATE`,
      [accountId],
    );
    return rows.map((row) => row.id);
  }

  async moveToDigest(em: EntityManager, emailIds: string[], digestId: string): Promise<void> {
    await em.query(
      `UPDATE notification_email SET status = 'DIGESTED', digest_id = $2 WHERE id = ANY($1::uuid[])`,
      [emailIds, digestId],
    );
  }

  /** What a digest says, in the order things happened. */
  digestItems(em: EntityManager, digestId: string): Promise<DigestItemRow[]> {
    return em.query(
      `SELECT n.title, n.body, n.link FROM notification_email e JOIN notification n ON n.id = e.notification_id
        WHERE e.digest_id = $1 ORDER BY n.created_at, n.id`,
      [digestId],
    );
  }

  async typesInDigest(em: EntityManager, digestId: string): Promise<NotificationEventType[]> {
    const rows: { event_type: NotificationEventType }[] = await em.query(
      `SELECT DISTINCT event_type FROM notification_email WHERE digest_id = $1 ORDER BY 1`,
      [digestId],
    );
    return rows.map((row) => row.event_type);
  }

  /** Whose e-mail it is, and its type (an unsubscribe link names the row). */
  async owner(
    em: EntityManager,
    emailId: string,
  ): Promise<{ account_id: string; event_type: NotificationEventType } | undefined> {
    const [row]: { account_id: string; event_type: NotificationEventType }[] = await em.query(
      `SELECT account_id, event_type FROM notification_email WHERE id = $1`,
      [emailId],
    );
    return row;
  }

  /**
   * E-mails still PENDING a minute after they were written, within a week (their job was lost
   * with a Redis that lost its data), oldest first.
   */
  async overdue(em: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM notification_email WHERE status = 'PENDING'
          AND created_at < now() - interval '1 minute' AND created_at > now() - interval '7 days'
        ORDER BY created_at LIMIT 5000`,
    );
    return rows.map((row) => row.id);
  }

  exportOf(em: EntityManager, accountId: string): Promise<EmailExportRow[]> {
    return em.query(
      `SELECT notification_id AS "notificationId", event_type AS "event", status, forced, digest_id AS "digestId",
              created_at AS "createdAt", sent_at AS "sentAt"
         FROM notification_email WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
  }

  async eraseOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM notification_email WHERE account_id = $1`, [accountId]);
  }
}
