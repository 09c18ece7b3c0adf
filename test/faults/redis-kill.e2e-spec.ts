import { ChildProcess } from 'node:child_process';
import { AppConfig } from '@quorum/core';
import { MailCatcher } from '../../scripts/mail-catcher';
import { bearer, DEFAULT_PASSWORD, newAgent, newResident, TestAccount } from '../support/factories';
import { sql } from '../support/meeting-fixtures';
import { killed, spawnWorker } from '../support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import {
  deliveries,
  expectEachOnce,
  hotProposal,
  HotProposal,
  mailedAudience,
  newOutcomes,
  publishMinutes,
  SUPPORT,
  supportState,
  untilDone,
} from './support/load';
import { ownRedis, OwnRedis } from './support/own-services';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const SUPPORTERS = 40;
const THRESHOLD = 20;

/**
 * Fault 2: Redis SIGKILLed under load and restarted on its append-only file. The outbox rows
 * committed meanwhile are relayed once it is back (none lost), each notification is delivered
 * once, and the rate limits fail closed: with no counter to consult, a sign-in is refused
 * (SERVICE_UNAVAILABLE) before the password is even checked, so no guess goes uncounted.
 */
describe('Faults: Redis killed (SIGKILL) and restarted under load', () => {
  let db: TestDatabase;
  let redis: OwnRedis;
  let smtp: MailCatcher;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let worker: ChildProcess | undefined;
  let hot: HotProposal;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await ownRedis();
    smtp = await new MailCatcher().start();
    config = testConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.smtpUrl,
      JOB_LOCK_MS: '2000',
      JOB_ATTEMPTS: '10',
      JOB_BACKOFF_MS: '200',
    });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
    hot = await hotProposal(api.url, config, db.url, SUPPORTERS, THRESHOLD);
  }, 60_000);
  afterAll(async () => {
    if (worker) {
      worker.kill('SIGKILL');
      await killed(worker);
    }
    await api?.close();
    await smtp?.stop();
    await redis?.remove();
    await db?.drop();
  });

  const sessions = async (accountId: string) =>
    (
      await sql<{ n: number }>(
        db.url,
        `SELECT count(*)::int AS n FROM session WHERE account_id = $1`,
        [accountId],
      )
    )[0].n;
  const login = (email: string, password: string) =>
    graphql<{ login: { accessToken: string } }>(api.url, LOGIN, { input: { email, password } });

  it('loses no committed event, delivers each notification once, and refuses sign-ins while it is down', async () => {
    const { council, immediate, total } = await mailedAudience(api.url, config, db.url, agent, 60);
    const resident = await newResident(config, db.url);
    worker = spawnWorker(config);
    const outcomes = newOutcomes();
    const supports = hot.supporters.map(async (supporter, i) => {
      await new Promise((r) => setTimeout(r, i * 40));
      return untilDone(outcomes, () =>
        graphql(api.url, SUPPORT, { id: hot.id }, bearer(supporter)),
      );
    });

    await new Promise((r) => setTimeout(r, 400));
    await redis.kill('SIGKILL');
    // Committed while Redis is dead: the outbox row waits for the relay.
    const eventId = await publishMinutes(api.url, db.url, agent, council);
    const sessionsBefore = await sessions(resident.id);
    const right = await login(resident.email, DEFAULT_PASSWORD);
    const wrong = await login(resident.email, 'not the password at all');
    const ready = await fetch(`${api.url}/health/ready`);
    await new Promise((r) => setTimeout(r, 1000));
    await redis.restart();
    await Promise.all(supports);

    // Rate limits fail closed: both refused the same way (a wrong password is not even tried).
    for (const r of [right, wrong])
      expect(r.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/indisponible/),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    expect(await sessions(resident.id)).toBe(sessionsBefore);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { error?: Record<string, unknown> }).error).toHaveProperty(
      'redis',
    );

    // Nothing lost: every committed event relayed, the minutes' audience reached once each.
    await eventually(
      async () => (await deliveries(db.url, eventId)).sent === immediate.size,
      90_000,
    );
    const [{ waiting }] = await sql<{ waiting: number }>(
      db.url,
      `SELECT count(*)::int AS waiting FROM outbox_event WHERE relayed_at IS NULL`,
    );
    expect(waiting).toBe(0);
    expect(await deliveries(db.url, eventId)).toEqual({
      inApp: total,
      sent: immediate.size,
      failed: 0,
    });
    expectEachOnce(smtp, council.name, immediate);
    // Supports need no Redis: all went through, once each, the qualification once.
    expect(outcomes.unexpected).toEqual([]);
    expect(await supportState(db.url, hot.id)).toEqual({
      rows: SUPPORTERS,
      counter: SUPPORTERS,
      status: 'QUALIFIED',
      qualifiedEvents: 1,
      qualifiedAudits: 1,
    });
    // And once Redis is back, signing in works again.
    expect((await login(resident.email, DEFAULT_PASSWORD)).data?.login.accessToken).toEqual(
      expect.any(String),
    );
    expect(await sessions(resident.id)).toBe(sessionsBefore + 1);
  }, 150_000);
});
