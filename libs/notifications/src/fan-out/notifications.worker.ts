import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import {
  DeadLettering,
  JobRegistry,
  PermanentJobError,
  QueueWorkers,
  RunningWorkers,
} from '@quorum/outbox';
import { Job } from 'bullmq';
import { AppConfig } from '@quorum/core';
import { DeliveriesService } from './deliveries.service';
import {
  DELIVERIES_QUEUE,
  DigestJobData,
  EmailBatchJobData,
  EmailJobData,
  FanOutJobData,
  FanOutService,
  NOTIFICATIONS_QUEUE,
} from './fan-out.service';

type NotificationJobData = FanOutJobData | EmailJobData | EmailBatchJobData | DigestJobData;
type NotificationJob = Job<NotificationJobData>;

/**
 * Runs the deliveries: fan-out batches, e-mails and digests. A job that fails for good lands in
 * the dead letters (an e-mail is also marked FAILED), visible to admins.
 */
@Injectable()
export class NotificationsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationsWorker.name);
  private running?: RunningWorkers;

  constructor(
    private readonly registry: JobRegistry,
    private readonly workers: QueueWorkers,
    private readonly fanOut: FanOutService,
    private readonly deliveries: DeliveriesService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.registry.problem) return;
    const deadLetter: DeadLettering<NotificationJobData> = {
      name: (job) => `notifications.${job.name}`,
      outboxEventId: (job) => (job.data as FanOutJobData).outboxId ?? null,
      before: async (job) => {
        if (job.name === 'email')
          await this.deliveries.markFailed([(job.data as EmailJobData).emailId]);
        if (job.name === 'emails')
          await this.deliveries.markFailed((job.data as EmailBatchJobData).emailIds);
      },
    };
    const common = {
      longLocks: true,
      logger: this.logger,
      run: (job: NotificationJob) => this.process(job),
      deadLetter,
    };
    this.running = this.workers.start<NotificationJobData>(
      {
        queue: NOTIFICATIONS_QUEUE,
        concurrency: this.config.NOTIFICATION_FANOUT_CONCURRENCY,
        ...common,
      },
      {
        queue: DELIVERIES_QUEUE,
        concurrency: this.config.NOTIFICATION_EMAIL_CONCURRENCY,
        ...common,
      },
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.running?.close();
  }

  async process(job: NotificationJob): Promise<void> {
    if (job.name === 'fan-out') await this.fanOut.batch(job.data as FanOutJobData);
    else if (job.name === 'emails')
      await this.deliveries.sendEmails((job.data as EmailBatchJobData).emailIds);
    else if (job.name === 'email') await this.deliveries.sendEmail(job.data as EmailJobData);
    else if (job.name === 'digest')
      await this.deliveries.sendDigest((job.data as DigestJobData).digestId);
    else throw new PermanentJobError(`Unknown notification job ${job.name}`);
  }
}
