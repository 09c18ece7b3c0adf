import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { MailCatcher } from '../../scripts/mail-catcher';
import { bearer, newAccount, newAgent, TestAccount } from '../support/factories';
import { CouncilWithMembers, ok, sql } from '../support/meeting-fixtures';
import { collect, liveClient } from '../support/notification-fixtures';
import {
  createTestDatabase,
  eventually,
  graphql,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import {
  deliveries,
  hotProposal,
  HotProposal,
  mailedAudience,
  mailsByRecipient,
  newOutcomes,
  publishMinutes,
  SUPPORT,
  supportState,
  untilDone,
} from './support/load';

const SUPPORTERS = 30;
const THRESHOLD = 15;
const COUNCILS = 3;
const FOLLOWERS = 40;

/**
 * Fault 5 (the deployment of docker/compose.yml): two API and two worker instances on one
 * PostgreSQL and one Redis, under a mixed load of supports (each sent to both APIs at once) and
 * publications: the same results as one instance, exact counts, no e-mail sent twice (not even a
 * raw resend), and live pushes reach people connected to either API.
 */
describe('Faults: two API and two worker instances under a mixed load', () => {
  let db: TestDatabase;
  let smtp: MailCatcher;
  let config: AppConfig;
  let apis: RunningApi[];
  let workers: INestApplicationContext[] = [];
  let agent: TestAccount;
  let hot: HotProposal;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({
      DATABASE_URL: db.url,
      SMTP_URL: smtp.smtpUrl,
      NOTIFICATION_BATCH_SIZE: '20',
      NOTIFICATION_EMAIL_BATCH_SIZE: '10',
    });
    apis = [await startApi(config), await startApi(config)];
    agent = await newAgent(config, db.url);
    hot = await hotProposal(apis[0].url, config, db.url, SUPPORTERS, THRESHOLD);
  }, 60_000);
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    for (const api of apis ?? []) await api.close();
    await smtp?.stop();
    await db?.drop();
  });

  it('counts, delivers and pushes exactly as one instance would', async () => {
    const audiences: Awaited<ReturnType<typeof mailedAudience>>[] = [];
    for (let i = 0; i < COUNCILS; i++)
      audiences.push(await mailedAudience(apis[i % 2].url, config, db.url, agent, FOLLOWERS));
    // A listener on each API, following every council.
    const listeners = [await newAccount(config, db.url), await newAccount(config, db.url)];
    for (const listener of listeners)
      for (const { council } of audiences)
        await ok(
          apis[0].url,
          `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`,
          { id: council.id },
          listener,
        );
    const clients = listeners.map((listener, i) => liveClient(apis[i].url, listener.token));
    const live = clients.map((client) =>
      collect<{ notificationAdded: { event: string; link: string } }>(
        client,
        'subscription { notificationAdded { event link } }',
      ),
    );
    // Two workers, each its own Nest application with its own relay, queue connections and SMTP
    // pool (in this process: they start in a second, where two child processes take far longer).
    workers = [await startWorker(config), await startWorker(config)];
    await new Promise((r) => setTimeout(r, 500));

    const outcomes = newOutcomes();
    // Each supporter clicks twice, once on each API, at the same moment.
    const supports = hot.supporters.flatMap((supporter) =>
      apis.map((api) =>
        untilDone(outcomes, () => graphql(api.url, SUPPORT, { id: hot.id }, bearer(supporter))),
      ),
    );
    const events = await Promise.all(
      audiences.map(({ council }: { council: CouncilWithMembers }, i) =>
        publishMinutes(apis[i % 2].url, db.url, agent, council),
      ),
    );
    await Promise.all(supports);

    const recipients = (a: (typeof audiences)[number]) =>
      new Set([...a.immediate, ...listeners.map((l) => l.email)]);
    for (const [i, eventId] of events.entries()) {
      const expected = recipients(audiences[i]);
      await eventually(
        async () => (await deliveries(db.url, eventId)).sent === expected.size,
        90_000,
      );
      expect(await deliveries(db.url, eventId)).toEqual({
        inApp: audiences[i].total + listeners.length,
        sent: expected.size,
        failed: 0,
      });
      // No e-mail twice, not even as a raw resend: two workers never ran one job both.
      const { raw, byRecipient } = mailsByRecipient(smtp, audiences[i].council.name);
      expect(raw).toBe(expected.size);
      expect([...byRecipient.keys()].sort()).toEqual([...expected].sort());
    }
    const [{ total }] = await sql<{ total: number }>(
      db.url,
      `SELECT count(*)::int AS total FROM notification WHERE event_id = ANY($1::bigint[])`,
      [events],
    );
    expect(total).toBe(audiences.reduce((n, a) => n + a.total + listeners.length, 0));

    // Supports: one per supporter whichever API got it, half the clicks said "already".
    expect(outcomes.unexpected).toEqual([]);
    expect(await supportState(db.url, hot.id)).toEqual({
      rows: SUPPORTERS,
      counter: SUPPORTERS,
      status: 'QUALIFIED',
      qualifiedEvents: 1,
      qualifiedAudits: 1,
    });

    // Live: each listener, on its own API, got each publication once.
    await eventually(async () => live.every((l) => l.received.length >= COUNCILS), 30_000);
    await new Promise((r) => setTimeout(r, 500));
    for (const l of live) {
      expect(l.errors).toEqual([]);
      expect(l.received.map((r) => r.notificationAdded.event)).toEqual(
        Array(COUNCILS).fill('MINUTES_PUBLISHED'),
      );
      expect(new Set(l.received.map((r) => r.notificationAdded.link)).size).toBe(COUNCILS);
    }
    for (const client of clients) await client.dispose();
  }, 180_000);
});
