import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '@quorum/db';
import { Mailer } from '../mail/mailer.service';
import { DELIVERIES_QUEUE, FanOutService } from './fan-out.service';
import { NOTIFICATION_EVENTS, NotificationEventType } from './notification-events';
import { unsubscribeToken } from './unsubscribe-token';

const DIGEST_USERS_PER_RUN = 500;

/** Sends the e-mails of notifications, one by one or gathered in a daily digest. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    @InjectQueue(DELIVERIES_QUEUE) private readonly queue: Queue,
    private readonly mailer: Mailer,
    private readonly fanOut: FanOutService,
    private readonly config: AppConfig,
  ) {}

  /** Sends a PENDING e-mail once (the Mailer claims its key), then marks it SENT. */
  async sendEmail(emailId: string): Promise<void> {
    const [row]: {
      status: string;
      event_type: NotificationEventType;
      title: string;
      body: string;
      link: string;
      email: string | null;
      display_name: string;
    }[] = await this.dataSource.query(
      `SELECT e.status, e.event_type, n.title, n.body, n.link, a.email, a.display_name
         FROM notification_email e JOIN notification n ON n.id = e.notification_id
         JOIN account a ON a.id = e.account_id WHERE e.id = $1`,
      [emailId],
    );
    if (!row || row.status !== 'PENDING') return;
    if (!row.email) {
      await this.mark(emailId, 'FAILED');
      return;
    }
    const unsubscribeUrl = this.unsubscribeUrl('e', emailId);
    await this.mailer.send(
      `notification-email-${emailId}`,
      row.email,
      'notification',
      {
        displayName: row.display_name,
        title: row.title,
        body: row.body,
        link: row.link,
        eventLabel: NOTIFICATION_EVENTS[row.event_type]?.label ?? row.event_type,
        unsubscribeUrl,
      },
      // The notification's text is French (SPEC: French for people); so is its frame.
      'fr',
      this.unsubscribeHeaders(unsubscribeUrl),
    );
    await this.mark(emailId, 'SENT');
  }

  async markFailed(emailId: string): Promise<void> {
    await this.mark(emailId, 'FAILED');
  }

  /**
   * Gathers each person's DIGEST e-mails into one digest. The person is claimed, not the rows
   * (locking rows one by one let two workers split a person's rows into two digests): a
   * transaction-scoped advisory lock on the account, skipped when another worker holds it, then
   * the rows are read again inside it and moved to DIGESTED in the digest's transaction. So two
   * workers running it at once make one digest per person, and what was sent at once (SENT) is
   * never in it.
   */
  async gatherDigests(): Promise<number> {
    let made = 0;
    let after: string | null = null;
    for (;;) {
      const people: { account_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT account_id FROM notification_email
          WHERE status = 'DIGEST' AND ($1::uuid IS NULL OR account_id > $1) ORDER BY account_id LIMIT $2`,
        [after, DIGEST_USERS_PER_RUN],
      );
      for (const { account_id } of people) {
        // Through the transaction helper: a deadlock with a person's own change of preferences is
        // run again rather than ending the whole gathering.
        const digestId = await this.tx.run(async (em) => {
          const [{ mine }]: { mine: boolean }[] = await em.query(
            `SELECT pg_try_advisory_xact_lock(hashtextextended('digest:' || $1, 0)) AS mine`,
            [account_id],
          );
          if (!mine) return null;
          // Read after the lock (a new snapshot): what the previous holder digested is DIGESTED.
          const claimed: { id: string }[] = await em.query(
            `SELECT id FROM notification_email WHERE account_id = $1 AND status = 'DIGEST' ORDER BY id FOR UPDATE`,
            [account_id],
          );
          if (claimed.length === 0) return null;
          const [digest]: { id: string }[] = await em.query(
            `INSERT INTO notification_digest (account_id) VALUES ($1) RETURNING id`,
            [account_id],
          );
          await em.query(
            `UPDATE notification_email SET status = 'DIGESTED', digest_id = $2 WHERE id = ANY($1::uuid[])`,
            [claimed.map((c) => c.id), digest.id],
          );
          return digest.id;
        });
        if (digestId) {
          made += 1;
          await this.queue.add('digest', { digestId }, { jobId: `digest-${digestId}` });
        }
      }
      if (people.length < DIGEST_USERS_PER_RUN) return made;
      after = people[people.length - 1].account_id;
    }
  }

  async sendDigest(digestId: string): Promise<void> {
    const [digest]: {
      sent_at: Date | null;
      email: string | null;
      display_name: string;
    }[] = await this.dataSource.query(
      `SELECT d.sent_at, a.email, a.display_name FROM notification_digest d
         JOIN account a ON a.id = d.account_id WHERE d.id = $1`,
      [digestId],
    );
    if (!digest || digest.sent_at) return;
    if (!digest.email) {
      // The account lost its address (erased): nothing to send, and nothing to sweep again.
      await this.dataSource.query(`UPDATE notification_digest SET sent_at = now() WHERE id = $1`, [
        digestId,
      ]);
      return;
    }
    const items: { title: string; body: string; link: string }[] = await this.dataSource.query(
      `SELECT n.title, n.body, n.link FROM notification_email e JOIN notification n ON n.id = e.notification_id
        WHERE e.digest_id = $1 ORDER BY n.created_at, n.id`,
      [digestId],
    );
    const unsubscribeUrl = this.unsubscribeUrl('d', digestId);
    await this.mailer.send(
      `notification-digest-${digestId}`,
      digest.email,
      'notification-digest',
      { displayName: digest.display_name, items, unsubscribeUrl },
      'fr',
      this.unsubscribeHeaders(unsubscribeUrl),
    );
    await this.dataSource.query(`UPDATE notification_digest SET sent_at = now() WHERE id = $1`, [
      digestId,
    ]);
  }

  /**
   * A person turned e-mails of these types off: what still waits for them (to send now or in the
   * digest) is dropped, except what the fan-out forced (alwaysImmediate: a member's convocation).
   */
  static async dropWaiting(
    em: { query(sql: string, params: unknown[]): Promise<unknown> },
    accountId: string,
    types: string[],
  ): Promise<void> {
    await em.query(
      // Rows locked in id order, as the digest locks them: the two never wait on each other in a circle.
      `UPDATE notification_email SET status = 'DROPPED'
        WHERE id IN (SELECT id FROM notification_email
                      WHERE account_id = $1 AND event_type = ANY($2) AND status IN ('PENDING', 'DIGEST') AND NOT forced
                      ORDER BY id FOR UPDATE)`,
      [accountId, types],
    );
  }

  /**
   * Queues again what should have left by now: e-mails still PENDING and digests not sent a
   * minute after they were made (their job was lost with a Redis that lost its data). The job
   * ids make this harmless when the jobs are there.
   */
  async sweep(): Promise<void> {
    const emails: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification_email WHERE status = 'PENDING'
          AND created_at < now() - interval '1 minute' AND created_at > now() - interval '7 days'
        ORDER BY created_at LIMIT 5000`,
    );
    if (emails.length > 0) await this.fanOut.queueEmails(emails.map((e) => e.id));
    const digests: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification_digest WHERE sent_at IS NULL
          AND created_at < now() - interval '1 minute' AND created_at > now() - interval '7 days'
        ORDER BY created_at LIMIT 5000`,
    );
    for (const { id } of digests) {
      await this.queue.add('digest', { digestId: id }, { jobId: `digest-${id}` });
    }
  }

  private unsubscribeUrl(kind: 'e' | 'd', id: string): string {
    return `${this.config.publicUrl}/unsubscribe/${unsubscribeToken(this.config.JWT_SECRET, kind, id)}`;
  }

  private unsubscribeHeaders(url: string): Record<string, string> {
    return {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  private async mark(emailId: string, status: 'SENT' | 'FAILED'): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_email SET status = $2, sent_at = CASE WHEN $2 = 'SENT' THEN now() END
        WHERE id = $1 AND status = 'PENDING'`,
      [emailId, status],
    );
  }
}
