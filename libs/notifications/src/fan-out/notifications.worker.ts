import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { recordDeadLetter } from '@quorum/outbox';
import { PermanentJobError } from '@quorum/outbox';
import { JobRegistry } from '@quorum/outbox';
import { DeliveriesService } from './deliveries.service';
import {
  DELIVERIES_QUEUE,
  DigestJobData,
  EmailJobData,
  FanOutJobData,
  FanOutService,
  NOTIFICATIONS_QUEUE,
} from './fan-out.service';

const SHUTDOWN_GRACE_MS = 25_000;

type NotificationJob = Job<FanOutJobData | EmailJobData | DigestJobData>;

/**
 * Runs the deliveries: fan-out batches, e-mails and digests. A job that fails for good lands in
 * the dead letters (an e-mail is also marked FAILED), visible to admins.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationsWorker.name);
  private workers: Worker[] = [];

  constructor(
    private readonly registry: JobRegistry,
    private readonly fanOut: FanOutService,
    private readonly deliveries: DeliveriesService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.registry.problem) return;
    const connection = { url: this.config.REDIS_URL, maxRetriesPerRequest: null };
    const options = {
      connection,
      prefix: this.config.QUEUE_PREFIX,
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: this.config.JOB_LOCK_MS,
    };
    this.workers = [
      new Worker(NOTIFICATIONS_QUEUE, (job: NotificationJob) => this.process(job), {
        ...options,
        concurrency: 2,
      }),
      new Worker(DELIVERIES_QUEUE, (job: NotificationJob) => this.process(job), {
        ...options,
        concurrency: 8,
      }),
    ];
    for (const worker of this.workers) {
      worker.on('error', (error) => this.logger.error({ err: error }, 'Queue connection error'));
      // A job that failed for good without passing through process()'s catch (it stalled too
      // often) is recorded here too; the job id makes a second record a no-op.
      worker.on('failed', (job, error) => {
        if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
        this.giveUp(job, error, job.attemptsMade).catch((failure: unknown) =>
          this.logger.error({ err: failure, jobId: job.id }, 'Could not record a dead letter'),
        );
      });
    }
  }

  /** Lets running jobs finish; with Redis unreachable, stops waiting after a grace period. */
  async beforeApplicationShutdown(): Promise<void> {
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), SHUTDOWN_GRACE_MS).unref(),
    );
    const closing = Promise.all(this.workers.map((worker) => worker.close()));
    if ((await Promise.race([closing, timeout])) === 'timeout') {
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
  }

  async process(job: NotificationJob): Promise<void> {
    try {
      if (job.name === 'fan-out') await this.fanOut.batch(job.data as FanOutJobData);
      else if (job.name === 'email')
        await this.deliveries.sendEmail((job.data as EmailJobData).emailId);
      else if (job.name === 'digest')
        await this.deliveries.sendDigest((job.data as DigestJobData).digestId);
      else throw new PermanentJobError(`Unknown notification job ${job.name}`);
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!permanent && !lastAttempt) throw error;
      await this.giveUp(job, error, job.attemptsMade + 1);
      this.logger.error(
        { jobId: job.id, err: error },
        'Notification job failed for good; dead-lettered',
      );
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
  }

  private async giveUp(job: NotificationJob, error: unknown, attempts: number): Promise<void> {
    if (job.name === 'email') await this.deliveries.markFailed((job.data as EmailJobData).emailId);
    await recordDeadLetter(this.dataSource, {
      jobId: String(job.id),
      jobName: `notifications.${job.name}`,
      outboxEventId: (job.data as FanOutJobData).outboxId ?? null,
      attempts,
      error,
    });
  }
}
