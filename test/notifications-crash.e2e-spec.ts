import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { FanOutService } from '@quorum/notifications';
import { startRedis } from '../scripts/ensure-services';
import { MailCatcher } from '../scripts/mail-catcher';
import { newAgent, TestAccount } from './support/factories';
import { CouncilWithMembers, newCouncilWithMembers, ok, sql } from './support/meeting-fixtures';
import { addFollowers, adoptedMinutes, killed, spawnWorker } from './support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

const PUBLISH = `mutation($id: ID!) { publishMinutes(id: $id) { id } }`;
const FOLLOWERS = 2000;
const IMMEDIATE = 200;

/**
 * Exactly-once effects of a fan-out whatever happens to the worker or to Redis: the worker runs as
 * a separate process (to be SIGKILLed) against this file's own Redis (to be restarted).
 */
describe('Notifications survive crashes: SIGKILL, a relay run twice, Redis restarted', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let redisDir: string;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let config: AppConfig;
  let env: Record<string, string>;
  let api: RunningApi;
  let agent: TestAccount;
  let child: ChildProcess | undefined;
  let childLog = '';

  const start = () => {
    childLog = '';
    child = spawnWorker(config);
    child.stderr?.on('data', (chunk: Buffer) => (childLog += chunk.toString()));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    redisDir = mkdtempSync(join(tmpdir(), 'quorum-redis-'));
    redis = await startRedis(redisDir, true);
    env = {
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      REDIS_URL: redis.url,
      JOB_LOCK_MS: '2000',
      JOB_ATTEMPTS: '10',
      JOB_BACKOFF_MS: '200',
      NOTIFICATION_BATCH_SIZE: '20',
      NOTIFICATION_EMAIL_BATCH_SIZE: '25',
    };
    config = testConfig(env);
    api = await startApi(config);
    agent = await newAgent(config, db.url);
  }, 60_000);
  afterAll(async () => {
    if (child) {
      child.kill('SIGKILL');
      await killed(child);
    }
    await api.close();
    await smtp.stop();
    await redis.stop();
    rmSync(redisDir, { recursive: true, force: true });
    await db.drop();
  });

  /** A council whose minutes reach 2,007 people: 200 followers by e-mail at once, the rest in digests. */
  async function audience(): Promise<{ council: CouncilWithMembers; immediate: Set<string> }> {
    const council = await newCouncilWithMembers(api.url, config, db.url, agent);
    const followers = await addFollowers(db.url, council.id, FOLLOWERS);
    await sql(
      db.url,
      `INSERT INTO notification_preference (account_id, event_type, mode)
       SELECT unnest($1::uuid[]), 'minutes.published', 'DAILY_DIGEST'`,
      [followers.slice(IMMEDIATE).map((f) => f.id)],
    );
    const immediate = new Set(
      [...followers.slice(0, IMMEDIATE), ...council.members].map((p) => p.email),
    );
    return { council, immediate };
  }

  const publish = async (council: CouncilWithMembers) => {
    const minutesId = await adoptedMinutes(db.url, council.id, council.secretary.id);
    await ok(api.url, PUBLISH, { id: minutesId }, agent);
    const [{ id }] = await sql<{ id: string }>(
      db.url,
      `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
      [minutesId],
    );
    return id;
  };
  const inApp = async (eventId: string) =>
    (
      await sql<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM notification WHERE event_id = $1`,
        [eventId],
      )
    )[0].n;
  const total = FOLLOWERS + 7;

  /** Waits for a fan-out in progress, neither started nor finished, and returns how far it got. */
  async function midway(eventId: string): Promise<number> {
    for (;;) {
      const n = await inApp(eventId);
      if (n > 0) return n;
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  /** Everything delivered once: every in-app notification, one e-mail per immediate recipient. */
  async function expectExactlyOnce(eventId: string, immediate: Set<string>, councilName: string) {
    await eventually(async () => (await inApp(eventId)) === total, 90_000);
    await eventually(
      async () =>
        (
          await sql<{ n: number }>(
            db.url,
            `SELECT count(*)::int AS n FROM notification_email WHERE event_id = $1 AND status = 'SENT'`,
            [eventId],
          )
        )[0].n === immediate.size,
      120_000,
    );
    const [{ digest }] = await sql<{ digest: number }>(
      db.url,
      `SELECT count(*) FILTER (WHERE status = 'DIGEST')::int AS digest FROM notification_email WHERE event_id = $1`,
      [eventId],
    );
    expect(digest).toBe(FOLLOWERS - IMMEDIATE);
    const mails = smtp.messages.filter((m) =>
      m.subject.startsWith(`Procès-verbal publié : ${councilName},`),
    );
    const byRecipient = new Map<string, Set<string>>();
    for (const m of mails)
      byRecipient.set(
        m.to[0],
        (byRecipient.get(m.to[0]) ?? new Set()).add(m.headers['message-id']),
      );
    // Nobody missed; nobody has two different messages (a resend after a crash carries the same Message-ID).
    expect([...immediate].filter((email) => !byRecipient.has(email))).toEqual([]);
    expect([...byRecipient.keys()].filter((email) => !immediate.has(email))).toEqual([]);
    expect([...byRecipient.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    return mails.length - immediate.size; // raw resends the receivers collapse
  }

  it('a worker killed (SIGKILL) in the middle of a fan-out: after a restart, nobody is missed or notified twice', async () => {
    const { council, immediate } = await audience();
    start();
    const eventId = await publish(council);
    const reached = await midway(eventId);
    child!.kill('SIGKILL');
    await killed(child!);
    const atKill = await inApp(eventId);
    expect(atKill).toBeLessThan(total); // it really died in the middle
    start();
    const resent = await expectExactlyOnce(eventId, immediate, council.name);
    console.log(
      `SIGKILL after ${reached}–${atKill} of ${total} in-app notifications; raw SMTP resends: ${resent}`,
    );

    // The relay runs again over the same event (as after a crash before it stamped the row), and
    // the fan-out's first batch runs again by hand in a second worker: nothing new.
    await sql(db.url, `UPDATE outbox_event SET relayed_at = NULL WHERE id = $1`, [eventId]);
    await eventually(async () => {
      const [row] = await sql<{ relayed: boolean }>(
        db.url,
        `SELECT relayed_at IS NOT NULL AS relayed FROM outbox_event WHERE id = $1`,
        [eventId],
      );
      return row.relayed;
    });
    const helper: INestApplicationContext = await startWorker(
      testConfig({ ...env, QUEUE_PREFIX: config.QUEUE_PREFIX, OUTBOX_RELAY: 'off' }),
    );
    try {
      await helper.get(FanOutService).batch({ outboxId: eventId, after: null });
    } finally {
      await helper.close();
    }
    const before = smtp.messages.length;
    await new Promise((r) => setTimeout(r, 3000));
    expect(await inApp(eventId)).toBe(total);
    expect(smtp.messages.length).toBe(before);
  }, 240_000);

  it('Redis restarted in the middle of a fan-out: it completes, exactly once', async () => {
    const { council, immediate } = await audience();
    if (!child || child.exitCode !== null) start();
    const eventId = await publish(council);
    const reached = await midway(eventId);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1000));
    redis = await startRedis(redisDir, false, redis.port);
    const resent = await expectExactlyOnce(eventId, immediate, council.name);
    console.log(
      `Redis stopped after ${reached} of ${total} in-app notifications, restarted 1 s later; raw SMTP resends: ${resent}`,
    );
    expect(childLog).not.toMatch(/could not start/);
  }, 240_000);

  it('a worker killed (SIGKILL) while it sends batches of e-mails: after a restart, each e-mail once', async () => {
    const { council, immediate } = await audience();
    if (!child || child.exitCode !== null) start();
    // A slow server, so that the kill lands in the middle of batches (25 e-mails each).
    smtp.delayMs = 20;
    const eventId = await publish(council);
    const ours = () =>
      smtp.messages.filter((m) => m.subject.startsWith(`Procès-verbal publié : ${council.name},`));
    await eventually(async () => ours().length >= 40, 60_000);
    child!.kill('SIGKILL');
    await killed(child!);
    const [{ sent }] = await sql<{ sent: number }>(
      db.url,
      `SELECT count(*)::int AS sent FROM notification_email WHERE event_id = $1 AND status = 'SENT'`,
      [eventId],
    );
    expect(sent).toBeLessThan(immediate.size); // it really died while sending
    smtp.delayMs = 0;
    start();
    const resent = await expectExactlyOnce(eventId, immediate, council.name);
    console.log(
      `SIGKILL after ${sent} of ${immediate.size} e-mails marked sent; raw SMTP resends: ${resent}`,
    );
  }, 240_000);
});
