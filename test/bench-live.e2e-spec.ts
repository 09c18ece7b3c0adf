import { Client } from 'pg';
import type { BenchContext, BenchRow } from '../bench/harness/types';
import { run as fanOut } from '../bench/scenarios/fan-out';
import { run as meetingDay } from '../bench/scenarios/meeting-day';
import { NO_DATASET, sqlTokens, startSmtpSink } from '../bench/scenarios/standalone';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

/**
 * The live scenarios of `npm run bench` at tiny sizes (6 voters, 10 anonymous and 10 signed-in live
 * clients, 200 followers), so they cannot rot: each produces its rows, with every count exact. No
 * timing is asserted.
 */
describe('The meeting-day and fan-out benchmarks, tiny', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let worker: { close(): Promise<void> };
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let client: Client;
  let ctx: BenchContext;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startSmtpSink();
    const config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.url });
    api = await startApi(config);
    worker = await startWorker(config);
    client = new Client({ connectionString: db.url });
    await client.connect();
    const graphqlUrl = `${api.url}/graphql`;
    ctx = {
      graphqlUrl,
      graphqlWsUrl: graphqlUrl.replace(/^http/, 'ws'),
      databaseUrl: db.url,
      ownerDatabaseUrl: db.ownerUrl,
      redisUrl: config.REDIS_URL,
      queuePrefix: config.QUEUE_PREFIX,
      smtpUrl: smtp.url,
      mailsReceived: () => smtp.received(),
      apiRssMb: () => null,
      workerRssMb: () => null,
      dataset: NO_DATASET,
      tokens: sqlTokens(client, config.JWT_SECRET),
      duration: 1,
      connections: 2,
      repeats: 1,
      smoke: true,
      log: () => undefined,
    };
  });
  afterAll(async () => {
    await client?.end();
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await db?.drop();
  });

  const wellFormed = (row: BenchRow) => {
    expect(row.scenario).toEqual(expect.any(String));
    expect(row.target).toEqual(expect.any(String));
    expect(row.errors).toBe(0);
  };

  it('meeting day: every vote counted once, public then secret, and every client hears each result', async () => {
    const rows = await meetingDay(ctx);
    expect(rows).toHaveLength(6);
    rows.forEach(wellFormed);
    const [publicVotes, publicLive, publicPush, secretVotes, secretLive, secretPush] = rows;
    for (const votes of [publicVotes, secretVotes]) {
      expect(votes.met).toBe(true);
      expect(votes.notes).toContain('accepted 6, refused as already cast 1, unexpected 0');
    }
    for (const push of [publicLive, publicPush, secretLive, secretPush]) {
      expect(push.requests).toBe(10);
      expect(push.p99Ms).toEqual(expect.any(Number));
    }
    // Every anonymous client heard the exact result, and no push broke a rule of secrecy or order.
    expect(publicLive.notes).toContain('10 with the exact result and the full roll call');
    expect(secretLive.notes).toContain('10 with the exact result and no roll call');
    for (const live of [publicLive, secretLive]) expect(live.notes).toContain('; 0 wrong pushes');
  });

  it('fan-out: one notification and one e-mail per follower, next to its raw-insert ceiling', async () => {
    const rows = await fanOut(ctx);
    expect(rows).toHaveLength(3);
    rows.forEach(wellFormed);
    const [ceiling, inApp, mails] = rows;
    expect(ceiling.reqPerSec).toBeGreaterThan(0);
    expect(inApp.ceilingValue).toBe(ceiling.reqPerSec);
    expect(inApp.notes).toContain('200 rows for 200 people');
    expect(mails.notes).toContain('200 e-mail rows, 200 sent');
  });
});
