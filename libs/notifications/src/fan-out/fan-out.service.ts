import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { alwaysImmediate, emailMode, emailRowStatus } from '../rules/email-mode';
import { emailJobId, fanOutJobId } from '../rules/job-ids';
import { relationOf } from '../rules/recipients';
import { AudienceRepository } from './audience.repository';
import { LivePublisher } from './live-publisher';
import { NotificationEmailRepository } from './notification-email.repository';
import { NOTIFICATION_EVENTS, NotificationEventType } from './notification-events';
import { NotificationPreferenceRepository } from './notification-preference.repository';
import { NotificationRepository } from './notification.repository';
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
    private readonly outbox: OutboxService,
    private readonly audience: AudienceRepository,
    private readonly notifications: NotificationRepository,
    private readonly emails: NotificationEmailRepository,
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  /** Starts the fan-out of an outbox event (its first batch, as a job). */
  async start(outboxId: string): Promise<void> {
    await this.queue.add('fan-out', { outboxId, after: null } satisfies FanOutJobData, {
      jobId: fanOutJobId(outboxId, null),
    });
  }

  async batch({ outboxId, after, message: carried }: FanOutJobData): Promise<void> {
    const event = await this.outbox.event(this.dataSource.manager, outboxId);
    if (!event) return;
    const type = event.type as NotificationEventType;
    const source = this.sources.of(type);
    const size = this.config.NOTIFICATION_BATCH_SIZE;
    const { created, pendingEmails, last, full, message } = await this.tx.run(
      // Through the transaction helper: audiences read the application's clock (members in office).
      async (em) => {
        const payload = event.payload as Record<string, string>;
        const message = carried ?? (await source.message(em, payload));
        if (!message) return { created: [], pendingEmails: [], last: null, full: false, message };
        const recipients = await this.audience.recipients(
          em,
          source.audience(payload),
          after,
          size,
        );
        if (recipients.length === 0)
          return { created: [], pendingEmails: [], last: null, full: false };
        const ids = recipients.map((r) => r.account_id);
        const created = await this.notifications.insertForEvent(em, { id: outboxId, type }, ids, {
          title: message.title,
          body: message.body,
          link: `${this.config.publicUrl}${message.path}`,
        });
        // The rules decide each row's status from choices read in this transaction (as the one
        // INSERT … SELECT did before): a choice committed while it runs applies from the next event.
        const chosen = await this.preferences.chosen(em, ids, type);
        const emails = recipients.flatMap((recipient) => {
          const relation = relationOf(recipient.relations);
          const mode = emailMode({
            type,
            relation,
            chosen: chosen.get(recipient.account_id) ?? null,
            defaultMode: NOTIFICATION_EVENTS[type].mode,
          });
          const status = emailRowStatus(mode, recipient.has_address);
          // A forced e-mail (alwaysImmediate) is marked so: turning its type off later keeps it.
          const forced = alwaysImmediate(type, relation);
          return status ? [{ accountId: recipient.account_id, status, forced }] : [];
        });
        await this.emails.insertForEvent(em, outboxId, emails);
        // Not only the rows written now: after a crash, the rows of an earlier run are queued again.
        const pendingEmails = await this.emails.pendingOfEvent(em, outboxId, ids);
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
        { jobId: fanOutJobId(outboxId, last) },
      );
    }
    if (pendingEmails.length > 0) await this.queueEmails(pendingEmails);
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
        opts: { jobId: emailJobId(emailId) },
      })),
    );
  }
}
