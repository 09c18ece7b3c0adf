import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { TransactionService } from '@quorum/db';
import { deadLetterError, PermanentJobError } from '@quorum/outbox';
import { smtpReplyCode } from '../mail/mail.service';
import { Mailer } from '../mail/mailer.service';
import { digestJobStep, emailFailureStep, emailJobStep } from '../rules/deliveries';
import { digestDeliveryKey, digestJobId, emailDeliveryKey, emailJobId } from '../rules/job-ids';
import { DELIVERIES_QUEUE, EmailJobData, FanOutService } from './fan-out.service';
import { NotificationDigestRepository } from './notification-digest.repository';
import { EmailToSendRow, NotificationEmailRepository } from './notification-email.repository';
import { NOTIFICATION_EVENTS } from './notification-events';
import { unsubscribeToken } from './unsubscribe-token';

const DIGEST_USERS_PER_RUN = 500;

const smtpMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
    private readonly emails: NotificationEmailRepository,
    private readonly digests: NotificationDigestRepository,
  ) {}

  /**
   * Sends a batch of e-mails, one after the other through the SMTP pool, each PENDING one once:
   * its delivery key is claimed and its row marked SENT in one statement, then it is sent and
   * committed, one transaction per e-mail (a crash
   * mid-batch loses at most the one in flight, whose resend carries the same Message-ID). A
   * message the server refuses is handed to a job of its own (emailFailureStep) while the others
   * go on; with the server or the network down, the batch stops and is retried whole.
   */
  async sendEmails(emailIds: string[]): Promise<void> {
    const em = this.dataSource.manager;
    const rows = await this.emails.toSend(em, emailIds);
    const noAddress: string[] = [];
    const handedOff: { emailId: string; refused?: string; retry: boolean }[] = [];
    let stopped: unknown = null;
    for (const row of rows) {
      const step = emailJobStep({ status: row.status, address: row.email });
      if (step === 'skip') continue;
      if (step === 'fail' || !row.email) {
        noAddress.push(row.id);
        continue;
      }
      try {
        await this.deliver(row, row.email);
      } catch (error) {
        const next = emailFailureStep(smtpReplyCode(error));
        if (next === 'batch') {
          stopped = error;
          break;
        }
        handedOff.push(
          next === 'refused'
            ? { emailId: row.id, refused: deadLetterError(smtpMessage(error)), retry: false }
            : { emailId: row.id, retry: true },
        );
      }
    }
    await this.emails.settle(em, noAddress, 'FAILED');
    if (handedOff.length > 0) {
      await this.queue.addBulk(
        handedOff.map(({ emailId, refused, retry }) => ({
          name: 'email',
          data: { emailId, refused } satisfies EmailJobData,
          // A temporary refusal waits a backoff before its first retry, as a retried job would.
          opts: { jobId: emailJobId(emailId), delay: retry ? this.config.JOB_BACKOFF_MS : 0 },
        })),
      );
    }
    if (stopped) throw stopped;
  }

  /**
   * Sends one PENDING e-mail once (handed off by its batch after a temporary refusal, or queued
   * alone by an older worker). One its batch saw refused
   * for good is not sent again: it fails for good here, so that it is dead-lettered (and FAILED).
   */
  async sendEmail({ emailId, refused }: EmailJobData): Promise<void> {
    const em = this.dataSource.manager;
    const [row] = await this.emails.toSend(em, [emailId]);
    const step = emailJobStep(row && { status: row.status, address: row.email });
    if (step === 'skip' || !row) return;
    if (step === 'fail' || !row.email) {
      await this.emails.settle(em, [emailId], 'FAILED');
      return;
    }
    if (refused) throw new PermanentJobError(refused);
    await this.deliver(row, row.email);
  }

  /** E-mails that failed for good (their job, or their batch's, dead-lettered): FAILED if still PENDING. */
  async markFailed(emailIds: string[]): Promise<void> {
    await this.emails.settle(this.dataSource.manager, emailIds, 'FAILED');
  }

  private async deliver(row: EmailToSendRow, to: string): Promise<void> {
    const unsubscribeUrl = this.unsubscribeUrl('e', row.id);
    const key = emailDeliveryKey(row.id);
    await this.mailer.send(
      key,
      to,
      'notification',
      {
        displayName: row.display_name ?? '',
        title: row.title,
        body: row.body,
        link: row.link,
        eventLabel: NOTIFICATION_EVENTS[row.event_type]?.label ?? row.event_type,
        unsubscribeUrl,
      },
      // The notification's text is French (SPEC: French for people); so is its frame.
      'fr',
      this.unsubscribeHeaders(unsubscribeUrl),
      // SENT with the claim, in its statement: the row never says PENDING for a message recorded
      // sent. A key taken already (sent by an earlier run) still leaves the row SENT.
      async (tx, messageId) => {
        const claimed = await this.emails.claimAndMarkSent(tx, row.id, {
          key,
          template: 'notification',
          messageId,
        });
        if (!claimed) await this.emails.settle(tx, [row.id], 'SENT');
        return claimed;
      },
    );
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
      const people = await this.emails.peopleWaitingForDigest(
        this.dataSource.manager,
        after,
        DIGEST_USERS_PER_RUN,
      );
      for (const accountId of people) {
        // Through the transaction helper: a deadlock with a person's own change of preferences is
        // run again rather than ending the whole gathering.
        const digestId = await this.tx.run(async (em) => {
          if (!(await this.digests.claimPerson(em, accountId))) return null;
          // Read after the lock (a new snapshot): what the previous holder digested is DIGESTED.
          const claimed = await this.emails.lockWaitingForDigest(em, accountId);
          if (claimed.length === 0) return null;
          const digestId = await this.digests.create(em, accountId);
          await this.emails.moveToDigest(em, claimed, digestId);
          return digestId;
        });
        if (digestId) {
          made += 1;
          await this.queue.add('digest', { digestId }, { jobId: digestJobId(digestId) });
        }
      }
      if (people.length < DIGEST_USERS_PER_RUN) return made;
      after = people[people.length - 1];
    }
  }

  async sendDigest(digestId: string): Promise<void> {
    const em = this.dataSource.manager;
    const digest = await this.digests.toSend(em, digestId);
    const step = digestJobStep(digest && { sentAt: digest.sent_at, address: digest.email });
    if (step === 'skip' || !digest) return;
    if (step === 'close' || !digest.email) {
      await this.digests.markSent(em, digestId);
      return;
    }
    const items = await this.emails.digestItems(em, digestId);
    const unsubscribeUrl = this.unsubscribeUrl('d', digestId);
    await this.mailer.send(
      digestDeliveryKey(digestId),
      digest.email,
      'notification-digest',
      { displayName: digest.display_name ?? '', items, unsubscribeUrl },
      'fr',
      this.unsubscribeHeaders(unsubscribeUrl),
    );
    await this.digests.markSent(em, digestId);
  }

  /**
   * Queues again what should have left by now: e-mails still PENDING and digests not sent a
   * minute after they were made (their job was lost with a Redis that lost its data, or failed
   * without a retry after stalling too often). A round's batches are new jobs (emailBatchJobId);
   * an e-mail queued twice still leaves once (its delivery key), and digests keep their ids.
   */
  async sweep(): Promise<void> {
    const em = this.dataSource.manager;
    // While e-mails wait in the queue, those PENDING for over a minute are most likely among
    // them (a large fan-out takes minutes to send): queueing them again would only make
    // batches race for the same keys. Jobs lost with Redis's data leave the queue empty.
    if ((await this.queue.getWaitingCount()) === 0) {
      const emails = await this.emails.overdue(em);
      if (emails.length > 0)
        await this.fanOut.queueEmails(emails, `sweep-${Math.floor(Date.now() / 60_000)}`);
    }
    for (const id of await this.digests.overdue(em)) {
      await this.queue.add('digest', { digestId: id }, { jobId: digestJobId(id) });
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
}
