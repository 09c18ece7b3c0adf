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
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { EVENTS_QUEUE, jobIdFor } from '../jobs/job-catalogue';
import { OutboxEventRepository } from './outbox-event.repository';

const BATCH_SIZE = 200;
/** After the listening connection fails, how long before it is opened again (polls go on). */
const RELISTEN_MS = 1000;

/**
 * Moves committed outbox rows to BullMQ. Safe to run in several workers at once (rows are
 * claimed with SKIP LOCKED) and across crashes: the job id is derived from the row, so a row
 * enqueued but not yet stamped is enqueued again as the same job, which BullMQ ignores.
 *
 * Woken at each commit that recorded events, by PostgreSQL's LISTEN/NOTIFY on a connection of
 * its own (the outbox's trigger notifies; a rolled-back transaction notifies nobody), so an
 * event is relayed within milliseconds; it still polls every OUTBOX_POLL_MS, for events a lost
 * connection would not announce.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A notification came while a batch was being relayed: relay again before sleeping. */
  private woken = false;
  private listener?: Client;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly events: OutboxEventRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.OUTBOX_RELAY === 'off') return;
    this.running = true;
    void this.listenForCommits();
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
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
      this.woken = false;
      try {
        relayed = await this.relayBatch();
      } catch (error) {
        this.logger.error({ err: error }, 'Outbox relay failed; retrying');
      }
      if (relayed < BATCH_SIZE && !this.woken && this.running)
        await this.sleep(this.config.OUTBOX_POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** A commit recorded events: relay now (or again, if a batch is under way). */
  private nudge(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Opens the listening connection, and opens it again whenever it fails while running. */
  private async listenForCommits(): Promise<void> {
    if (!this.running) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'quorum-outbox-relay',
    });
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      if (!this.running) return;
      this.logger.warn(
        { err: error },
        'Outbox relay not listening; polling until it listens again',
      );
      setTimeout(() => void this.listenForCommits(), RELISTEN_MS).unref();
    };
    client.on('notification', () => this.nudge());
    client.on('error', fail);
    client.on('end', () => fail(new Error('listening connection ended')));
    try {
      await client.connect();
      await this.events.listen(client);
      if (!this.running) return fail(new Error('stopped'));
      this.listener = client;
      // Events committed before the LISTEN took effect were not announced: look now.
      this.nudge();
    } catch (error) {
      fail(error);
    }
  }
}
