import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeadLetterRepository } from '../jobs/dead-letter.repository';
import { PermanentJobError } from '../jobs/job-handler';
import { attemptsUsedUp, deadLetterError, failsForGood } from '../rules/failures';

/** How long a shutdown waits for running jobs when Redis does not answer. */
export const SHUTDOWN_GRACE_MS = 25_000;

/** The connection every queue of the worker uses (BullMQ wants no per-request retry limit). */
export const queueConnection = (config: AppConfig) => ({
  url: config.REDIS_URL,
  maxRetriesPerRequest: null,
});

/** What a job that failed for good leaves behind. */
export interface DeadLettering<D> {
  /** The job's name in the dead letters (e.g. `notifications.email`). */
  name(job: Job<D>): string;
  outboxEventId(job: Job<D>): string | null;
  /** Done first, e.g. an e-mail's row marked FAILED. */
  before?(job: Job<D>): Promise<void>;
}

export interface QueueWorkerOptions<D> {
  queue: string;
  concurrency: number;
  /** Logs under the owner's name. */
  logger: Logger;
  run(job: Job<D>): Promise<unknown>;
  /**
   * Jobs that may run long (an outbox handler, a fan-out batch, an SMTP exchange) hold their lock
   * JOB_LOCK_MS before being taken for stalled; without, BullMQ's defaults.
   */
  longLocks?: boolean;
  /**
   * A job that fails for good (a PermanentJobError, or its last attempt) is recorded as a dead
   * letter and failed as unrecoverable. Without, failures are only logged and retried as the
   * job's options say.
   */
  deadLetter?: DeadLettering<D>;
}

/** One or more BullMQ workers, closed together. */
export class RunningWorkers {
  constructor(
    private readonly workers: Worker[],
    private readonly logger: Logger,
  ) {}

  /** Lets running jobs finish; with Redis unreachable, stops waiting after a grace period. */
  async close(graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
    if (this.workers.length === 0) return;
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), graceMs).unref(),
    );
    const closing = Promise.all(this.workers.map((worker) => worker.close()));
    if ((await Promise.race([closing, timeout])) === 'timeout') {
      this.logger.warn(
        'Jobs still running after the grace period; closing the queue connection anyway',
      );
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
  }
}

/**
 * The worker plumbing every queue shares: the connection and prefix, concurrency and locks, the
 * dead-lettering of a job that failed for good, and a shutdown that lets running jobs finish.
 */
@Injectable()
export class QueueWorkers {
  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadLetters: DeadLetterRepository,
  ) {}

  start<D>(...all: QueueWorkerOptions<D>[]): RunningWorkers {
    return new RunningWorkers(
      all.map((options) => this.worker(options)),
      all[0]?.logger ?? new Logger(QueueWorkers.name),
    );
  }

  private worker<D>(options: QueueWorkerOptions<D>): Worker<D> {
    const { logger, deadLetter } = options;
    const worker = new Worker<D>(
      options.queue,
      (job) => (deadLetter ? this.runOrGiveUp(job, options, deadLetter) : options.run(job)),
      {
        connection: queueConnection(this.config),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: options.concurrency,
        ...(options.longLocks
          ? { lockDuration: this.config.JOB_LOCK_MS, stalledInterval: this.config.JOB_LOCK_MS }
          : {}),
      },
    );
    worker.on('error', (error) =>
      logger.error({ err: error, queue: options.queue }, 'Queue connection error'),
    );
    worker.on('failed', (job, error) => {
      if (!deadLetter) {
        logger.error({ err: error, job: job?.name, queue: options.queue }, 'Job failed');
        return;
      }
      // A job that failed for good without passing through runOrGiveUp's catch (the dead-letter
      // insert itself failed, or it stalled too often) is recorded here; the job id is unique.
      if (!job || !attemptsUsedUp(job.attemptsMade, job.opts.attempts)) return;
      this.giveUp(job, error, job.attemptsMade, deadLetter).catch((failure: unknown) =>
        logger.error({ err: failure, jobId: job.id }, 'Could not record a dead letter'),
      );
    });
    return worker;
  }

  private async runOrGiveUp<D>(
    job: Job<D>,
    options: QueueWorkerOptions<D>,
    deadLetter: DeadLettering<D>,
  ): Promise<unknown> {
    try {
      return await options.run(job);
    } catch (error) {
      const attempt = job.attemptsMade + 1;
      const permanent = error instanceof PermanentJobError;
      if (!failsForGood({ permanent, attempt, attempts: job.opts.attempts })) throw error;
      await this.giveUp(job, error, attempt, deadLetter);
      options.logger.error({ jobId: job.id, err: error }, 'Job failed for good; dead-lettered');
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
  }

  private async giveUp<D>(
    job: Job<D>,
    error: unknown,
    attempts: number,
    deadLetter: DeadLettering<D>,
  ): Promise<void> {
    await deadLetter.before?.(job);
    await this.deadLetters.record(this.dataSource.manager, {
      jobId: String(job.id),
      jobName: deadLetter.name(job),
      outboxEventId: deadLetter.outboxEventId(job),
      attempts,
      error: deadLetterError(error),
    });
  }
}
