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
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { recordDeadLetter } from './dead-letters';
import { EVENTS_QUEUE } from './job-catalogue';
import { PermanentJobError } from './job-handler';
import { JobRegistry } from './job-registry.service';

const SHUTDOWN_GRACE_MS = 25_000;

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
  private worker?: Worker<EventJobData>;

  constructor(
    private readonly registry: JobRegistry,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.registry.problem) return;
    this.worker = new Worker<EventJobData>(EVENTS_QUEUE, (job) => this.process(job), {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 5,
      lockDuration: this.config.JOB_LOCK_MS,
      stalledInterval: this.config.JOB_LOCK_MS,
    });
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'Queue connection error'));
    // A job that failed for good without passing through process()'s catch (the dead-letter
    // insert itself failed, or it stalled too often) is recorded here; the job id is unique.
    this.worker.on('failed', (job, error) => {
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      this.deadLetter(job, error).catch((failure: unknown) =>
        this.logger.error({ err: failure, jobId: job.id }, 'Could not record a dead letter'),
      );
    });
  }

  /** Lets running jobs finish; with Redis unreachable, stops waiting after a grace period. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker) return;
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), SHUTDOWN_GRACE_MS).unref(),
    );
    if ((await Promise.race([this.worker.close(), timeout])) === 'timeout') {
      this.logger.warn(
        'Jobs still running after the grace period; closing the queue connection anyway',
      );
      await this.worker.close(true);
    }
  }

  async process(job: Job<EventJobData>): Promise<void> {
    try {
      const event = await this.dataSource
        .getRepository(OutboxEvent)
        .findOneBy({ id: job.data.outboxId });
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
    } catch (error) {
      const permanent = error instanceof PermanentJobError;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!permanent && !lastAttempt) throw error;
      await this.deadLetter(job, error, job.attemptsMade + 1);
      this.logger.error({ jobId: job.id, err: error }, 'Job failed for good; dead-lettered');
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
  }

  private deadLetter(
    job: Job<EventJobData>,
    error: unknown,
    attempts = job.attemptsMade,
  ): Promise<void> {
    return recordDeadLetter(this.dataSource, {
      jobId: String(job.id),
      jobName: job.name,
      outboxEventId: job.data.outboxId,
      attempts,
      error,
    });
  }
}
