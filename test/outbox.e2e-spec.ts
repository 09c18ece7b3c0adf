import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { EVENTS_QUEUE, OutboxRelayService, OutboxService } from '@quorum/outbox';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createTestDatabase, startWorker, testConfig, TestDatabase } from './support/test-env';

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
