import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { DELIVERIES_QUEUE, NOTIFICATIONS_QUEUE } from '../fan-out/fan-out.service';
import { EVENTS_QUEUE, OutboxService, SCHEDULES_QUEUE } from '@quorum/outbox';
import { Queue } from 'bullmq';
import { FailedJob, QueueMetrics } from './inbox.types';

/** For admins: what the worker's queues hold, and the jobs that failed for good. */
@Injectable()
export class QueueMetricsService implements OnModuleDestroy {
  private queues?: Queue[];

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
  ) {}

  async metrics(): Promise<QueueMetrics[]> {
    this.queues ??= [EVENTS_QUEUE, NOTIFICATIONS_QUEUE, DELIVERIES_QUEUE, SCHEDULES_QUEUE].map(
      (name) =>
        new Queue(name, {
          // Read-only: with Redis down, answer an error at once rather than wait.
          connection: {
            url: this.config.REDIS_URL,
            maxRetriesPerRequest: 1,
            enableOfflineQueue: false,
          },
          prefix: this.config.QUEUE_PREFIX,
        }),
    );
    return Promise.all(
      this.queues.map(async (queue) => {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'delayed',
          'completed',
          'failed',
        );
        return {
          name: queue.name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          completed: counts.completed ?? 0,
          failed: counts.failed ?? 0,
        };
      }),
    );
  }

  async failedJobs(first: number): Promise<FailedJob[]> {
    return this.tx.run((em) => this.outbox.failedJobs(em, first));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all((this.queues ?? []).map((queue) => queue.close()));
  }
}
