import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '@quorum/core';
import { EventsWorker } from './jobs/events.worker';
import { EVENTS_QUEUE } from './jobs/job-catalogue';
import { JobRegistry } from './jobs/job-registry.service';
import { MailService } from './mail/mail.service';
import { Mailer } from './mail/mailer.service';
import { NotificationsModule } from './notifications.module';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { SchedulesWorker } from './schedules/schedules.worker';
import { DeliveriesService } from './fan-out/deliveries.service';
import { DailyDigestTask, DeliverySweepTask, FanOutJob } from './fan-out/fan-out.jobs';
import { DELIVERIES_QUEUE, FanOutService, NOTIFICATIONS_QUEUE } from './fan-out/fan-out.service';
import { LivePublisher } from './fan-out/live-publisher';
import { NotificationSources } from './fan-out/notification-sources';
import { NotificationsWorker } from './fan-out/notifications.worker';

const DAY = 24 * 3600;

/** The worker's side: relay, queue, processor and the job handlers. */
@Module({
  imports: [
    NotificationsModule,
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: config.JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS },
          removeOnComplete: { age: 7 * DAY, count: 10_000 },
          removeOnFail: { age: 30 * DAY, count: 10_000 },
        },
      }),
    }),
    BullModule.registerQueue(
      { name: EVENTS_QUEUE },
      { name: NOTIFICATIONS_QUEUE },
      { name: DELIVERIES_QUEUE },
    ),
  ],
  providers: [
    JobRegistry,
    EventsWorker,
    OutboxRelayService,
    MailService,
    Mailer,
    SchedulesWorker,
    NotificationSources,
    LivePublisher,
    FanOutService,
    DeliveriesService,
    NotificationsWorker,
    FanOutJob,
    DailyDigestTask,
    DeliverySweepTask,
  ],
  exports: [
    NotificationsModule,
    OutboxRelayService,
    JobRegistry,
    Mailer,
    DeliveriesService,
    FanOutService,
  ],
})
export class NotificationsWorkerModule {}
