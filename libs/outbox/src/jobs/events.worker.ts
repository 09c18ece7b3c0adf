import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxEventRepository } from '../outbox/outbox-event.repository';
import { QueueWorkers, RunningWorkers } from '../queue/queue-worker';
import { EVENTS_QUEUE } from './job-catalogue';
import { PermanentJobError } from './job-handler';
import { JobRegistry } from './job-registry.service';

export interface EventJobData {
  outboxId: string;
}

/**
 * Runs every outbox job: reloads the event by id, hands it to its handler, and on a final
 * failure (permanent, or attempts used up) records a dead letter in PostgreSQL before failing.
 * It starts only once the job registry is complete, and on shutdown lets running jobs finish
 * before the database pool closes.
 */
@Injectable()
export class EventsWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventsWorker.name);
  private running?: RunningWorkers;

  constructor(
    private readonly registry: JobRegistry,
    private readonly workers: QueueWorkers,
    private readonly events: OutboxEventRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.registry.problem) return;
    this.running = this.workers.start<EventJobData>({
      queue: EVENTS_QUEUE,
      concurrency: 5,
      longLocks: true,
      logger: this.logger,
      run: (job) => this.process(job),
      deadLetter: { name: (job) => job.name, outboxEventId: (job) => job.data.outboxId },
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.running?.close();
  }

  async process(job: Job<EventJobData>): Promise<void> {
    const event = await this.events.find(this.dataSource.manager, job.data.outboxId);
    if (!event) {
      this.logger.warn({ jobId: job.id }, 'Outbox event gone; nothing to do');
      return;
    }
    const handler = this.registry.handlerFor(job.name);
    if (!handler) throw new PermanentJobError(`No handler for job ${job.name}`);
    await handler.handle({
      outboxId: event.id,
      payload: event.payload,
      attempt: job.attemptsMade + 1,
    });
  }
}
