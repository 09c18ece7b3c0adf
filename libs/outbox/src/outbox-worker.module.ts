import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '@quorum/core';
import { EventsWorker } from './jobs/events.worker';
import { EVENTS_QUEUE } from './jobs/job-catalogue';
import { JobRegistry } from './jobs/job-registry.service';
import { DeadLetterRepository } from './jobs/dead-letter.repository';
import { OutboxModule } from './outbox.module';
import { OutboxEventRepository } from './outbox/outbox-event.repository';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { queueConnection, QueueWorkers } from './queue/queue-worker';
import { SchedulesWorker } from './schedules/schedules.worker';

const DAY = 24 * 3600;

/**
 * The worker's mechanism: the queues' connection, the relay from the outbox to the events queue,
 * the registry that sends each job to its one handler, the scheduled tasks. The domain libs bring
 * their handlers and tasks; notifications brings its own queues.
 */
@Module({
  imports: [
    OutboxModule,
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: config.JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS },
          removeOnComplete: { age: 7 * DAY, count: 10_000 },
          removeOnFail: { age: 30 * DAY, count: 10_000 },
        },
      }),
    }),
    BullModule.registerQueue({ name: EVENTS_QUEUE }),
  ],
  providers: [
    JobRegistry,
    QueueWorkers,
    EventsWorker,
    OutboxRelayService,
    SchedulesWorker,
    OutboxEventRepository,
    DeadLetterRepository,
  ],
  exports: [OutboxModule, OutboxRelayService, JobRegistry, QueueWorkers],
})
export class OutboxWorkerModule {}
