import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { alwaysImmediate, emailMode, emailRowStatus } from '../rules/email-mode';
import { chunked } from '../rules/deliveries';
import { emailBatchJobId, fanOutJobId } from '../rules/job-ids';
import { relationOf } from '../rules/recipients';
import { AudienceRepository } from './audience.repository';
import { LivePublisher, LiveRow } from './live-publisher';
import { NotificationEmailRepository } from './notification-email.repository';
import { NOTIFICATION_EVENTS, NotificationEventType } from './notification-events';
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

/** One e-mail, alone: handed off by its batch (a temporary refusal, or a refusal for good). */
export interface EmailJobData {
  emailId: string;
  /** The SMTP server refused it for good (its reply, addresses masked): failed and dead-lettered, not sent. */
  refused?: string;
}

/** A batch of e-mails (NOTIFICATION_EMAIL_BATCH_SIZE), each still sent once under its own key. */
export interface EmailBatchJobData {
  emailIds: string[];
}

export interface DigestJobData {
  digestId: string;
}

/**
 * Turns one event into deliveries, a page of recipients per job (NOTIFICATION_BATCH_SIZE): each
 * batch reads its page, queues the next batch at once (so that batches overlap, up to
 * NOTIFICATION_FANOUT_CONCURRENCY), then writes its in-app notifications and e-mail rows under
 * unique keys (event, recipient) in one transaction, set-based (one statement each), and queues
 * the e-mails to send now in batches. A batch run again (crash, retry, replay) writes nothing new
 * and queues the same jobs under the same ids.
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
    const { created, pendingEmails } = await this.tx.run(
      // Through the transaction helper: audiences read the application's clock (members in office).
      async (em) => {
        const payload = event.payload as Record<string, string>;
        const message = carried ?? (await source.message(em, payload));
        if (!message) return { created: [], pendingEmails: [] };
        const audience = source.audience(payload);
        const upTo = await this.audience.pageEnd(em, audience, after, size);
        // The next batch first: it writes its own page while this one writes (the job id makes
        // a second add, by a run again of this batch, a no-op).
        if (upTo) {
          await this.queue.add(
            'fan-out',
            { outboxId, after: upTo, message } satisfies FanOutJobData,
            { jobId: fanOutJobId(outboxId, upTo) },
          );
        }
        const link = `${this.config.publicUrl}${message.path}`;
        // One statement: the page's notifications, and what the rules need of its people. Their
        // choices are read in this transaction: a choice committed while it runs applies from
        // the next event.
        const people = (
          await this.notifications.insertForPage(
            em,
            this.audience.pageSql(audience, after, upTo),
            { id: outboxId, type },
            { title: message.title, body: message.body, link },
          )
        ).filter((person) => !person.gone);
        if (people.length === 0) return { created: [], pendingEmails: [] };
        const created = people.flatMap((p): LiveRow[] =>
          p.notification_id && p.notification_created_at
            ? [
                {
                  id: p.notification_id,
                  accountId: p.account_id,
                  eventType: type,
                  title: message.title,
                  body: message.body,
                  link,
                  createdAt: p.notification_created_at,
                },
              ]
            : [],
        );
        // E-mail rows for the notifications written now only: one written by an earlier run of
        // this batch committed with its e-mail row (or with none, as the rules said then).
        const emails = people.flatMap((person) => {
          if (!person.notification_id) return [];
          const relation = relationOf(person.relations);
          const mode = emailMode({
            type,
            relation,
            chosen: person.chosen,
            defaultMode: NOTIFICATION_EVENTS[type].mode,
          });
          const status = emailRowStatus(mode, person.has_address);
          // A forced e-mail (alwaysImmediate) is marked so: turning its type off later keeps it.
          const forced = alwaysImmediate(type, relation);
          return status
            ? [
                {
                  notificationId: person.notification_id,
                  accountId: person.account_id,
                  status,
                  forced,
                },
              ]
            : [];
        });
        const written = await this.emails.insertForNotifications(
          em,
          { id: outboxId, type },
          emails,
        );
        // Run again, the batch also queues again the e-mails an earlier run wrote and did not send.
        const pendingEmails =
          created.length === people.length
            ? written.sort()
            : await this.emails.pendingOfEvent(
                em,
                outboxId,
                people.map((p) => p.account_id),
              );
        return { created, pendingEmails };
      },
    );
    if (pendingEmails.length > 0) await this.queueEmails(pendingEmails);
    // Best effort: a live push that fails never holds up the deliveries (the inbox has them).
    if (created.length > 0) {
      await this.live
        .publish(created)
        .catch((error: unknown) => this.logger.warn({ err: error, outboxId }, 'Live push failed'));
    }
  }

  /**
   * E-mails to send, as jobs of NOTIFICATION_EMAIL_BATCH_SIZE added in bulk; a batch's id names
   * its e-mails (and the sweep's round, see emailBatchJobId), so a second add of the same ones is
   * a no-op.
   */
  async queueEmails(ids: string[], round?: string): Promise<void> {
    await this.deliveries.addBulk(
      chunked(ids, this.config.NOTIFICATION_EMAIL_BATCH_SIZE).map((emailIds) => ({
        name: 'emails',
        data: { emailIds } satisfies EmailBatchJobData,
        opts: { jobId: emailBatchJobId(emailIds, round) },
      })),
    );
  }
}
