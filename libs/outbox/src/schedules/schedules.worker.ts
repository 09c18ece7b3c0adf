import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AppConfig, providersMarked } from '@quorum/core';
import { Queue } from 'bullmq';
import { queueConnection, QueueWorkers, RunningWorkers } from '../queue/queue-worker';
import { SCHEDULED_TASK, ScheduledTask, ScheduledTaskOptions } from './runs-every';

export const SCHEDULES_QUEUE = 'schedules';

/** Registers every @RunsEvery task as a BullMQ job scheduler and runs its occurrences. */
@Injectable()
export class SchedulesWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SchedulesWorker.name);
  private readonly tasks = new Map<string, ScheduledTask>();
  private queue?: Queue;
  private running?: RunningWorkers;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly workers: QueueWorkers,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
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
    this.queue = new Queue(SCHEDULES_QUEUE, {
      connection: queueConnection(this.config),
      prefix: this.config.QUEUE_PREFIX,
    });
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
    // No dead letters: a failed occurrence is logged, and the next one comes anyway.
    this.running = this.workers.start({
      queue: SCHEDULES_QUEUE,
      concurrency: 1,
      logger: this.logger,
      run: (job) => {
        const task = this.tasks.get(job.name);
        // Thrown, so that the occurrence is retried by a worker that knows the task.
        if (!task) throw new Error(`No scheduled task named ${job.name} in this worker`);
        return task.run();
      },
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.running?.close();
    await this.queue?.close();
  }
}
