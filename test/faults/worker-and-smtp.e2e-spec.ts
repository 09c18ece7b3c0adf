import { ChildProcess } from 'node:child_process';
import { AppConfig } from '@quorum/core';
import { MailCatcher } from '../../scripts/mail-catcher';
import { newAgent, TestAccount } from '../support/factories';
import { sql } from '../support/meeting-fixtures';
import { killed, spawnWorker } from '../support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import {
  deliveries,
  expectEachOnce,
  mailedAudience,
  mailsByRecipient,
  publishMinutes,
  queueCounts,
} from './support/load';

const FOLLOWERS = 150;
/** The worker's queues (libs/notifications' fan-out.service.ts): fan-out batches, e-mails. */
const NOTIFICATIONS_QUEUE = 'notifications';
const DELIVERIES_QUEUE = 'deliveries';

/**
 * Faults 3 and 4, on a worker process of the test's own. (A worker SIGKILLed mid fan-out and mid
 * e-mail batch, and Redis restarted, are test/notifications-crash.e2e-spec.ts: stalled jobs are
 * retried and every effect happens once. Here: the polite stop, and an SMTP server that goes away.)
 */
describe('Faults: an SMTP server down for a while, a worker stopped with SIGTERM mid-job', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      JOB_LOCK_MS: '2000',
      JOB_ATTEMPTS: '12',
      JOB_BACKOFF_MS: '200',
      NOTIFICATION_BATCH_SIZE: '20',
      NOTIFICATION_EMAIL_BATCH_SIZE: '10',
    });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
  }, 60_000);
  afterAll(async () => {
    if (child) {
      child.kill('SIGKILL');
      await killed(child);
    }
    await api?.close();
    await smtp?.stop();
    await db?.drop();
  });

  it('SMTP down for a while, then back: the worker backs off, then each e-mail is delivered once', async () => {
    // In this process: the fault is the SMTP server's, not the worker's.
    const worker = await startWorker(config);
    const { council, immediate, total } = await mailedAudience(
      api.url,
      config,
      db.url,
      agent,
      FOLLOWERS / 3,
    );
    const port = smtp.smtpPort;
    const before = smtp.messages;
    await smtp.stop();
    const eventId = await publishMinutes(api.url, db.url, agent, council);
    // The fan-out goes on (in-app needs no SMTP); the e-mails wait, retried with a backoff.
    await eventually(async () => (await deliveries(db.url, eventId)).inApp === total, 60_000);
    await eventually(async () => {
      const counts = await queueCounts(config, DELIVERIES_QUEUE);
      return counts.delayed > 0;
    }, 30_000);
    expect((await deliveries(db.url, eventId)).sent).toBe(0);
    expect((await deliveries(db.url, eventId)).failed).toBe(0);

    smtp = await new MailCatcher().start({ smtpPort: port });
    smtp.messages.push(...before);
    await eventually(
      async () => (await deliveries(db.url, eventId)).sent === immediate.size,
      90_000,
    );
    expect(await deliveries(db.url, eventId)).toEqual({
      inApp: total,
      sent: immediate.size,
      failed: 0,
    });
    expectEachOnce(smtp, council.name, immediate);
    const [{ deadLetters }] = await sql<{ deadLetters: number }>(
      db.url,
      `SELECT count(*)::int AS "deadLetters" FROM dead_letter`,
    );
    expect(deadLetters).toBe(0);
    await worker.close();
  }, 400_000);

  it('SIGTERM in the middle of a fan-out: the running jobs finish, nothing is left stalled, a new worker completes it once', async () => {
    const { council, immediate, total } = await mailedAudience(
      api.url,
      config,
      db.url,
      agent,
      FOLLOWERS,
    );
    smtp.delayMs = 15; // e-mail batches in flight when the signal comes
    child = spawnWorker(config);
    const eventId = await publishMinutes(api.url, db.url, agent, council);
    await eventually(async () => mailsByRecipient(smtp, council.name).raw >= 20, 180_000);
    child.kill('SIGTERM');
    await killed(child);
    // It stopped by itself (Nest's shutdown hooks, then the signal again), not by a timeout.
    expect(child.signalCode ?? child.exitCode).toMatch(/^(SIGTERM|0)$/);
    const atStop = await deliveries(db.url, eventId);
    expect(atStop.sent).toBeLessThan(immediate.size); // it really stopped in the middle
    // Whatever was running finished (or went back to wait): nothing active is left to stall.
    for (const queue of [NOTIFICATIONS_QUEUE, DELIVERIES_QUEUE])
      expect((await queueCounts(config, queue)).active).toBe(0);
    // Each e-mail the server accepted was marked SENT before the worker left: no resend at all.
    expect(mailsByRecipient(smtp, council.name).raw).toBe(atStop.sent);

    smtp.delayMs = 0;
    // Another worker (in this process) takes over what was left waiting.
    const next = await startWorker(config);
    await eventually(
      async () => (await deliveries(db.url, eventId)).sent === immediate.size,
      90_000,
    );
    expect(await deliveries(db.url, eventId)).toEqual({
      inApp: total,
      sent: immediate.size,
      failed: 0,
    });
    expect(expectEachOnce(smtp, council.name, immediate)).toBe(0); // not even a raw resend
    await next.close();
  }, 400_000);

  it('SIGTERM, then SIGKILL before the jobs could finish (a stop grace period run out): stalled jobs retried, each e-mail once', async () => {
    const { council, immediate, total } = await mailedAudience(
      api.url,
      config,
      db.url,
      agent,
      FOLLOWERS / 3,
    );
    smtp.delayMs = 400; // each e-mail slow: the polite stop cannot finish before the kill
    child = spawnWorker(config);
    const eventId = await publishMinutes(api.url, db.url, agent, council);
    await eventually(async () => mailsByRecipient(smtp, council.name).raw >= 3, 180_000);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGKILL');
    await killed(child);
    expect(child.signalCode).toBe('SIGKILL');
    const atKill = await deliveries(db.url, eventId);
    expect(atKill.sent).toBeLessThan(immediate.size);

    smtp.delayMs = 0;
    const next = await startWorker(config);
    await eventually(
      async () => (await deliveries(db.url, eventId)).sent === immediate.size,
      90_000,
    );
    expect(await deliveries(db.url, eventId)).toEqual({
      inApp: total,
      sent: immediate.size,
      failed: 0,
    });
    const resent = expectEachOnce(smtp, council.name, immediate);
    console.log(
      `SIGTERM then SIGKILL after ${atKill.sent} of ${immediate.size} e-mails marked sent; raw SMTP resends: ${resent}`,
    );
    await next.close();
  }, 400_000);
});
