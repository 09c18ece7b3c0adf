import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { DELIVERIES_QUEUE } from '@quorum/notifications';
import { Queue } from 'bullmq';
import { MailCatcher } from '../scripts/mail-catcher';
import { newAgent, TestAccount } from './support/factories';
import { CouncilWithMembers, newCouncilWithMembers, ok, sql } from './support/meeting-fixtures';
import { addFollowers, adoptedMinutes } from './support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
  uniqueName,
} from './support/test-env';

const PUBLISH = `mutation($id: ID!) { publishMinutes(id: $id) { id } }`;
const BATCH = 10;

/**
 * A fan-out's e-mails leave in batches (a job per NOTIFICATION_EMAIL_BATCH_SIZE e-mails, over
 * pooled SMTP connections), each e-mail still once under its own delivery key: what one refused
 * address, a temporary refusal or a server that drops the connection do to a batch.
 */
describe('Notification e-mails in batches', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let env: Record<string, string>;
  let config: AppConfig;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let agent: TestAccount;
  let deliveries: Queue;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    env = {
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      NOTIFICATION_EMAIL_BATCH_SIZE: String(BATCH),
      JOB_BACKOFF_MS: '200',
      JOB_ATTEMPTS: '4',
    };
    config = testConfig(env);
    api = await startApi(config);
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
    deliveries = new Queue(DELIVERIES_QUEUE, {
      connection: { url: config.REDIS_URL },
      prefix: config.QUEUE_PREFIX,
    });
  }, 60_000);
  afterAll(async () => {
    await deliveries.close();
    await worker.close();
    await api.close();
    await smtp.stop();
    await db.drop();
  });
  beforeEach(() => {
    smtp.messages.length = 0;
    smtp.refusal = null;
    smtp.refusalsLeft = Infinity;
    smtp.refuseRecipient = undefined;
  });

  /** Minutes of a council with `followers` followers published; the event's id and everyone's address. */
  async function publishTo(followers: number): Promise<{
    council: CouncilWithMembers;
    eventId: string;
    followers: { id: string; email: string }[];
    everyone: string[];
  }> {
    const council = await newCouncilWithMembers(api.url, config, db.url, agent);
    const added = await addFollowers(db.url, council.id, followers);
    const minutesId = await adoptedMinutes(db.url, council.id, council.secretary.id);
    await ok(api.url, PUBLISH, { id: minutesId }, agent);
    const [{ id: eventId }] = await sql<{ id: string }>(
      db.url,
      `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
      [minutesId],
    );
    const everyone = [...added.map((f) => f.email), ...council.members.map((m) => m.email)];
    return { council, eventId, followers: added, everyone };
  }

  const statuses = async (eventId: string) =>
    Object.fromEntries(
      (
        await sql<{ status: string; n: number }>(
          db.url,
          `SELECT status, count(*)::int AS n FROM notification_email WHERE event_id = $1 GROUP BY status`,
          [eventId],
        )
      ).map((r) => [r.status, r.n]),
    ) as Record<string, number>;

  /** Messages of this council's minutes, by recipient. */
  const received = (councilName: string) => {
    const byRecipient = new Map<string, number>();
    for (const m of smtp.messages)
      if (m.subject.startsWith(`Procès-verbal publié : ${councilName},`))
        byRecipient.set(m.to[0], (byRecipient.get(m.to[0]) ?? 0) + 1);
    return byRecipient;
  };

  /** The deliveries queue's finished jobs of these e-mails, by name. */
  async function jobsOf(emailIds: Set<string>): Promise<{ name: string; failures: number }[]> {
    const jobs = await deliveries.getJobs(['completed', 'failed'], 0, -1);
    return (
      jobs
        .filter((job) => {
          const data = job.data as { emailIds?: string[]; emailId?: string };
          return (data.emailIds ?? [data.emailId]).some((id) => id && emailIds.has(id));
        })
        // A job that succeeded on a retry keeps the stack traces of the attempts that failed.
        .map((job) => ({ name: job.name, failures: job.stacktrace?.length ?? 0 }))
    );
  }

  const emailIdsOf = async (eventId: string) =>
    new Set(
      (
        await sql<{ id: string }>(db.url, `SELECT id FROM notification_email WHERE event_id = $1`, [
          eventId,
        ])
      ).map((r) => r.id),
    );

  it('a refused address fails alone and is dead-lettered, a temporary refusal is retried alone, the others leave once, in batches', async () => {
    const refused = new Set<string>();
    let later: string | null = null;
    let laterRefusals = 0;
    smtp.refuseRecipient = (address) => {
      if (refused.has(address)) return { code: 550, message: `No such user ${address}` };
      if (address === later && laterRefusals === 0) {
        laterRefusals += 1;
        return { code: 451, message: 'Try again later' };
      }
      return null;
    };
    // The addresses are known once the followers exist, before the worker reads them.
    const council = await newCouncilWithMembers(api.url, config, db.url, agent);
    const followers = await addFollowers(db.url, council.id, 40);
    refused.add(followers[3].email);
    later = followers[17].email;
    const minutesId = await adoptedMinutes(db.url, council.id, council.secretary.id);
    await ok(api.url, PUBLISH, { id: minutesId }, agent);
    const [{ id: eventId }] = await sql<{ id: string }>(
      db.url,
      `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
      [minutesId],
    );
    const everyone = [...followers.map((f) => f.email), ...council.members.map((m) => m.email)];

    await eventually(async () => {
      const s = await statuses(eventId);
      return s.SENT === everyone.length - 1 && s.FAILED === 1;
    }, 60_000);
    const byRecipient = received(council.name);
    // Everyone but the refused address got exactly one message, the one refused for now included.
    expect([...byRecipient.values()].filter((n) => n !== 1)).toEqual([]);
    expect(everyone.filter((e) => !refused.has(e) && !byRecipient.has(e))).toEqual([]);
    expect(byRecipient.has(followers[3].email)).toBe(false);
    expect(laterRefusals).toBe(1);

    const [failedRow] = await sql<{ id: string }>(
      db.url,
      `SELECT e.id FROM notification_email e WHERE e.event_id = $1 AND e.status = 'FAILED'`,
      [eventId],
    );
    const [dead] = await sql<{ job_name: string; attempts: number; error: string }>(
      db.url,
      `SELECT job_name, attempts, error FROM dead_letter WHERE job_id = $1`,
      [`email-${failedRow.id}`],
    );
    // Dead-lettered at once (a refusal for good is not tried again), the address masked.
    expect(dead).toMatchObject({ job_name: 'notifications.email', attempts: 1 });
    expect(dead.error).toContain('550');
    expect(dead.error).not.toContain('@');
    const [failedOwner] = await sql<{ email: string }>(
      db.url,
      `SELECT a.email FROM notification_email e JOIN account a ON a.id = e.account_id WHERE e.id = $1`,
      [failedRow.id],
    );
    expect(failedOwner.email).toBe(followers[3].email);

    // Batches of BATCH e-mails, and one job each for the two handed off.
    const jobs = await jobsOf(await emailIdsOf(eventId));
    expect(jobs.filter((j) => j.name === 'emails')).toHaveLength(
      Math.ceil(everyone.length / BATCH),
    );
    expect(jobs.filter((j) => j.name === 'email')).toHaveLength(2);
  }, 90_000);

  it('a server that closes the connection (421) mid-batch: the pool resends on a new connection, each e-mail once', async () => {
    smtp.refusal = { code: 421, message: 'Closing connection' };
    smtp.refusalsLeft = 3;
    const { council, eventId, everyone } = await publishTo(25);
    await eventually(async () => (await statuses(eventId)).SENT === everyone.length, 60_000);
    const byRecipient = received(council.name);
    expect([...byRecipient.values()].filter((n) => n !== 1)).toEqual([]);
    expect(everyone.filter((e) => !byRecipient.has(e))).toEqual([]);
    expect(smtp.refusalsLeft).toBe(0);
    expect((await jobsOf(await emailIdsOf(eventId))).filter((j) => j.name === 'email')).toEqual([]);
  }, 90_000);

  it('an SMTP server out of reach: the batches are retried whole, and each e-mail leaves once when it is back', async () => {
    // This file's worker stops; one whose SMTP server does not answer takes the fan-out.
    await worker.close();
    const prefix = uniqueName('q').toLowerCase();
    const broken = await startWorker(
      testConfig({
        ...env,
        QUEUE_PREFIX: prefix,
        SMTP_URL: 'smtp://127.0.0.1:1',
        JOB_ATTEMPTS: '30',
        JOB_BACKOFF_MS: '100',
      }),
    );
    const queue = new Queue(DELIVERIES_QUEUE, {
      connection: { url: config.REDIS_URL },
      prefix,
    });
    try {
      const { council, eventId, everyone } = await publishTo(25);
      // Every batch failed at least once, and none handed its e-mails off one by one.
      await eventually(async () => {
        const batches = (await queue.getJobs(['delayed', 'wait', 'active'], 0, -1)).filter(
          (job) => job.name === 'emails',
        );
        return batches.length === Math.ceil(everyone.length / BATCH) &&
          batches.every((job) => (job.stacktrace?.length ?? 0) > 0)
          ? batches
          : null;
      }, 30_000);
      await broken.close();
      expect(await statuses(eventId)).toEqual({ PENDING: everyone.length });
      // The server is back (a worker that reaches it, on the same queues): each e-mail once.
      worker = await startWorker(testConfig({ ...env, QUEUE_PREFIX: prefix }));
      await eventually(async () => (await statuses(eventId)).SENT === everyone.length, 60_000);
      const byRecipient = received(council.name);
      expect([...byRecipient.values()].filter((n) => n !== 1)).toEqual([]);
      expect(everyone.filter((e) => !byRecipient.has(e))).toEqual([]);
      const ids = await emailIdsOf(eventId);
      const ofThese = (state: 'completed' | 'failed') =>
        queue
          .getJobs([state], 0, -1)
          .then((jobs) =>
            jobs.filter((job) =>
              ((job.data as { emailIds?: string[] }).emailIds ?? []).some((id) => ids.has(id)),
            ),
          );
      // The same batches, completed on a retry: none failed for good, no e-mail went alone.
      expect(await ofThese('completed')).toHaveLength(Math.ceil(everyone.length / BATCH));
      expect(await ofThese('failed')).toEqual([]);
      expect(
        await sql(db.url, `SELECT 1 FROM dead_letter WHERE job_name = 'notifications.emails'`),
      ).toEqual([]);
    } finally {
      await broken.close().catch(() => undefined);
      await queue.close();
    }
  }, 120_000);
});
