import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { EVENTS_QUEUE, OutboxRelayService, OutboxService } from '@quorum/outbox';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  createTestDatabase,
  eventually,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

/** The relay is driven by hand here (OUTBOX_RELAY=off), so each step is observable. */
describe('Outbox: events leave only with their transaction, as exactly one job', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let workerA: INestApplicationContext;
  let workerB: INestApplicationContext;
  let queue: Queue;

  // A real event; its account does not exist, so its handler ends quietly.
  const reset = { accountId: randomUUID() };

  beforeAll(async () => {
    db = await createTestDatabase();
    // Jobs stay in the queue: no SMTP answers on port 1, and the backoff is long.
    config = testConfig({ DATABASE_URL: db.url, OUTBOX_RELAY: 'off', JOB_BACKOFF_MS: '600000' });
    [workerA, workerB] = await Promise.all([startWorker(config), startWorker(config)]);
    queue = new Queue(EVENTS_QUEUE, {
      connection: { url: config.REDIS_URL },
      prefix: config.QUEUE_PREFIX,
    });
  });
  afterAll(async () => {
    await queue.close();
    await Promise.all([workerA.close(), workerB.close()]);
    await db.drop();
  });

  const dataSource = () => workerA.get<DataSource>(getDataSourceToken());
  const record = (em: Parameters<OutboxService['record']>[0]) =>
    workerA.get(OutboxService).record(em, 'account.password-reset-requested', reset);
  const pendingCount = async () =>
    Number(
      (
        await dataSource().query(`SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL`)
      )[0].n,
    );
  const jobIdsFor = async (outboxIds: string[]) => {
    const jobs = await queue.getJobs([
      'waiting',
      'active',
      'delayed',
      'completed',
      'failed',
      'prioritized',
    ]);
    return jobs.filter((job) => outboxIds.includes(job.data.outboxId)).map((job) => job.id);
  };

  it('a transaction that rolls back emits nothing', async () => {
    const before = await pendingCount();
    await expect(
      workerA.get(TransactionService).run(async (em) => {
        await record(em);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await pendingCount()).toBe(before);
    expect(await workerA.get(OutboxRelayService).relayBatch()).toBe(0);
  });

  it('refuses to record an event outside a transaction', async () => {
    await expect(record(dataSource().manager)).rejects.toThrow(/outside a transaction/);
  });

  it('two relays running at once turn each committed event into exactly one job', async () => {
    const ids = await workerA.get(TransactionService).run(async (em) => {
      const out: string[] = [];
      for (let i = 0; i < 50; i++) out.push(await record(em));
      return out;
    });
    const relayed = await Promise.all([
      workerA.get(OutboxRelayService).relayBatch(20),
      workerB.get(OutboxRelayService).relayBatch(20),
      workerA.get(OutboxRelayService).relayBatch(20),
      workerB.get(OutboxRelayService).relayBatch(20),
    ]);
    expect(relayed.reduce((a, b) => a + b, 0)).toBe(50);
    expect(await pendingCount()).toBe(0);
    const jobIds = await jobIdsFor(ids);
    expect(jobIds).toHaveLength(50);
    expect(new Set(jobIds).size).toBe(50);
    expect(jobIds).toContain(`account.password-reset-requested-${ids[0]}`);
  });

  it('a relay that crashed after enqueueing but before stamping enqueues no duplicate', async () => {
    const id = await workerA.get(TransactionService).run((em) => record(em));
    expect(await workerA.get(OutboxRelayService).relayBatch()).toBe(1);
    // The crash: the stamp never committed, so the row looks pending again.
    await dataSource().query(`UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [id]);
    expect(await workerB.get(OutboxRelayService).relayBatch()).toBe(1);
    expect(await jobIdsFor([id])).toEqual([`account.password-reset-requested-${id}`]);
  });
});

/**
 * The relay running on its own, with a poll so slow (10 minutes) that only PostgreSQL's
 * notification at commit can explain an event relayed within the test's patience.
 */
describe('Outbox relay: woken at commit by LISTEN/NOTIFY', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({
      DATABASE_URL: db.url,
      OUTBOX_POLL_MS: '600000',
      JOB_BACKOFF_MS: '600000',
    });
    worker = await startWorker(config);
  });
  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  const dataSource = () => worker.get<DataSource>(getDataSourceToken());
  const commitEvent = () =>
    worker
      .get(TransactionService)
      .run((em) =>
        worker
          .get(OutboxService)
          .record(em, 'account.password-reset-requested', { accountId: randomUUID() }),
      );
  const relayed = async (id: string) =>
    (
      (await dataSource().query(`SELECT relayed_at FROM outbox_event WHERE id = $1`, [id])) as {
        relayed_at: Date | null;
      }[]
    )[0].relayed_at !== null;
  const listeners = async () =>
    (
      (await dataSource().query(
        `SELECT pid FROM pg_stat_activity
          WHERE application_name = 'quorum-outbox-relay' AND datname = current_database()
            AND query = 'LISTEN outbox_event'`,
      )) as { pid: number }[]
    ).map((r) => r.pid);

  it('relays an event as soon as its transaction commits, and nothing of one rolled back', async () => {
    await eventually(async () => (await listeners()).length === 1);
    const first = await commitEvent();
    await eventually(() => relayed(first), 15_000);
    // A rolled-back event never becomes a row to relay.
    await expect(
      worker.get(TransactionService).run(async (em) => {
        await worker
          .get(OutboxService)
          .record(em, 'account.password-reset-requested', { accountId: randomUUID() });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const second = await commitEvent();
    await eventually(() => relayed(second), 15_000);
    expect(
      Number(
        (
          await dataSource().query(
            `SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL`,
          )
        )[0].n,
      ),
    ).toBe(0);
  });

  it('listens again after losing its connection, and relays what was committed meanwhile', async () => {
    const [pid] = await eventually(async () => {
      const pids = await listeners();
      return pids.length === 1 && pids;
    });
    await dataSource().query(`SELECT pg_terminate_backend($1)`, [pid]);
    // Committed while nobody listens: the relay finds it when it listens again.
    const meanwhile = await commitEvent();
    await eventually(async () => {
      const pids = await listeners();
      return pids.length === 1 && pids[0] !== pid;
    });
    await eventually(() => relayed(meanwhile), 15_000);
    const after = await commitEvent();
    await eventually(() => relayed(after), 15_000);
  });
});
