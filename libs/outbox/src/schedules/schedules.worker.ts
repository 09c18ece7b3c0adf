import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AppConfig, providersMarked } from '@quorum/core';
import { Queue, Worker } from 'bullmq';
import { SCHEDULED_TASK, ScheduledTask, ScheduledTaskOptions } from './runs-every';

export const SCHEDULES_QUEUE = 'schedules';

/** Registers every @RunsEvery task as a BullMQ job scheduler and runs its occurrences. */
@Injectable()
export class SchedulesWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SchedulesWorker.name);
  private readonly tasks = new Map<string, ScheduledTask>();
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const connection = { url: this.config.REDIS_URL, maxRetriesPerRequest: null };
    const schedules: ScheduledTaskOptions[] = [];
    const marked = providersMarked<ScheduledTaskOptions, ScheduledTask>(
      this.discovery,
      this.reflector,
      SCHEDULED_TASK,
    );
    for (const { mark: options, instance } of marked) {
      if (this.tasks.has(options.name))
        throw new Error(`Two scheduled tasks are named "${options.name}"`);
      this.tasks.set(options.name, instance);
      schedules.push(options);
    }
    this.queue = new Queue(SCHEDULES_QUEUE, { connection, prefix: this.config.QUEUE_PREFIX });
    for (const { name, everyMs } of schedules) {
      await this.queue.upsertJobScheduler(
        name,
        { every: everyMs },
        {
          name,
          opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } },
        },
      );
    }
    // Schedulers unknown here are left alone: another worker, of another version, may own them.
    this.worker = new Worker(
      SCHEDULES_QUEUE,
      (job) => {
        const task = this.tasks.get(job.name);
        // Thrown, so that the occurrence is retried by a worker that knows the task.
        if (!task) throw new Error(`No scheduled task named ${job.name} in this worker`);
        return task.run();
      },
      {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: 1,
      },
    );
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'Schedules queue error'));
    this.worker.on('failed', (job, error) =>
      this.logger.error({ err: error, task: job?.name }, 'Scheduled task failed'),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue?.close();
  }
}
