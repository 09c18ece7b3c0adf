import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '@quorum/db';
import { OutboxEvent } from '@quorum/outbox';
import { LivePublisher } from './live-publisher';
import { alwaysImmediate, NOTIFICATION_EVENTS, NotificationEventType } from './notification-events';
import { NotificationSources } from './notification-sources';
import { NotificationMessage } from './notification-source';

/** Fan-out batches. */
export const NOTIFICATIONS_QUEUE = 'notifications';
/** E-mails and digests: their own queue, so that a long line of e-mails never holds up a fan-out. */
export const DELIVERIES_QUEUE = 'deliveries';

export interface FanOutJobData {
  outboxId: string;
  /** The last recipient of the previous batch (account ids in order); null for the first. */
  after: string | null;
  /** Written by the first batch and carried along: everyone reads the same text. */
  message?: NotificationMessage;
}

export interface EmailJobData {
  emailId: string;
}

export interface DigestJobData {
  digestId: string;
}

/**
 * Turns one event into deliveries, a batch of recipients per job: each batch writes its in-app
 * notifications and e-mail rows under unique keys (event, recipient) in one transaction, then
 * queues the e-mails to send now and the next batch. A batch run again (crash, retry, replay)
 * writes nothing new and queues the same jobs under the same ids.
 */
@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    @InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue,
    @InjectQueue(DELIVERIES_QUEUE) private readonly deliveries: Queue,
    private readonly sources: NotificationSources,
    private readonly live: LivePublisher,
    private readonly config: AppConfig,
  ) {}

  /** Starts the fan-out of an outbox event (its first batch, as a job). */
  async start(outboxId: string): Promise<void> {
    await this.queue.add('fan-out', { outboxId, after: null } satisfies FanOutJobData, {
      jobId: `fanout-${outboxId}-first`,
    });
  }

  async batch({ outboxId, after, message: carried }: FanOutJobData): Promise<void> {
    const event = await this.dataSource.getRepository(OutboxEvent).findOneBy({ id: outboxId });
    if (!event) return;
    const type = event.type as NotificationEventType;
    const source = this.sources.of(type);
    const size = this.config.NOTIFICATION_BATCH_SIZE;
    const { created, pendingEmails, last, full, message } = await this.tx.run(
      // Through the transaction helper: audiences read the application's clock (members in office).
      async (em) => {
        const message =
          carried ?? (await source.message(em, event.payload as Record<string, string>));
        if (!message) return { created: [], pendingEmails: [], last: null, full: false, message };
        const audience = source.audience(event.payload as Record<string, string>);
        const n = audience.params.length;
        // Each person once (a member who also follows counts as a member), in account id order.
        const recipients: { account_id: string; relation: string }[] = await em.query(
          `SELECT DISTINCT ON (r.account_id) r.account_id, r.relation
           FROM (${audience.sql}) r JOIN account a ON a.id = r.account_id AND a.deleted_at IS NULL
          WHERE $${n + 1}::uuid IS NULL OR r.account_id > $${n + 1}::uuid
          ORDER BY r.account_id, (r.relation = 'MEMBER') DESC LIMIT $${n + 2}`,
          [...audience.params, after, size],
        );
        if (recipients.length === 0)
          return { created: [], pendingEmails: [], last: null, full: false };
        const ids = recipients.map((r) => r.account_id);
        const link = `${this.config.publicUrl}${message.path}`;
        const created: { id: string; account_id: string; created_at: Date }[] = await em.query(
          `INSERT INTO notification (event_id, event_type, account_id, title, body, link)
         SELECT $1, $2, unnest($3::uuid[]), $4, $5, $6
         ON CONFLICT (event_id, account_id) DO NOTHING RETURNING id, account_id, created_at`,
          [outboxId, type, ids, message.title, message.body, link],
        );
        // A forced e-mail (alwaysImmediate) leaves at once whatever the person chose.
        await em.query(
          `INSERT INTO notification_email (notification_id, event_id, event_type, account_id, status, forced)
         SELECT n.id, n.event_id, n.event_type, n.account_id,
                CASE WHEN b.forced OR coalesce(p.mode, $3) = 'IMMEDIATE' THEN 'PENDING' ELSE 'DIGEST' END,
                b.forced
           FROM unnest($2::uuid[], $4::boolean[]) AS b(account_id, forced)
           JOIN notification n ON n.event_id = $1 AND n.account_id = b.account_id
           JOIN account a ON a.id = b.account_id AND a.email IS NOT NULL
           LEFT JOIN notification_preference p ON p.account_id = b.account_id AND p.event_type = n.event_type
          WHERE b.forced OR coalesce(p.mode, $3) <> 'OFF'
         ON CONFLICT (event_id, account_id) DO NOTHING`,
          [
            outboxId,
            ids,
            NOTIFICATION_EVENTS[type].mode,
            recipients.map((r) => alwaysImmediate(type, r.relation)),
          ],
        );
        // Not only the rows written now: after a crash, the rows of an earlier run are queued again.
        const pendingEmails: { id: string }[] = await em.query(
          `SELECT id FROM notification_email WHERE event_id = $1 AND account_id = ANY($2::uuid[]) AND status = 'PENDING'`,
          [outboxId, ids],
        );
        return {
          created,
          pendingEmails,
          last: ids[ids.length - 1],
          full: ids.length === size,
          message,
        };
      },
    );
    if (full) {
      await this.queue.add(
        'fan-out',
        { outboxId, after: last, message: message ?? undefined } satisfies FanOutJobData,
        {
          jobId: `fanout-${outboxId}-${last}`,
        },
      );
    }
    if (pendingEmails.length > 0) await this.queueEmails(pendingEmails.map((e) => e.id));
    // Best effort: a live push that fails never holds up the deliveries (the inbox has them).
    if (created.length > 0) {
      await this.live
        .publish(created.map((c) => c.id))
        .catch((error: unknown) => this.logger.warn({ err: error, outboxId }, 'Live push failed'));
    }
  }

  /** One job per e-mail, added in bulk; the id makes a second add of the same e-mail a no-op. */
  async queueEmails(ids: string[]): Promise<void> {
    await this.deliveries.addBulk(
      ids.map((emailId) => ({
        name: 'email',
        data: { emailId } satisfies EmailJobData,
        opts: { jobId: `email-${emailId}` },
      })),
    );
  }
}
