import { InjectQueue } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EVENTS_QUEUE, jobIdFor } from '../jobs/job-catalogue';
import { OutboxEventRepository } from './outbox-event.repository';

const BATCH_SIZE = 200;

/**
 * Moves committed outbox rows to BullMQ. Safe to run in several workers at once (rows are
 * claimed with SKIP LOCKED) and across crashes: the job id is derived from the row, so a row
 * enqueued but not yet stamped is enqueued again as the same job, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly events: OutboxEventRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.OUTBOX_RELAY === 'off') return;
    this.running = true;
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Relays one batch; returns how many events it handed to the queue. */
  async relayBatch(limit = BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows = await this.events.claimPending(em, limit);
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: row.type,
          data: { outboxId: row.id },
          opts: { jobId: jobIdFor(row.type, row.id) },
        })),
      );
      await this.events.markRelayed(
        em,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
      } catch (error) {
        this.logger.error({ err: error }, 'Outbox relay failed; retrying');
      }
      if (relayed < BATCH_SIZE && this.running) await this.sleep(this.config.OUTBOX_POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
