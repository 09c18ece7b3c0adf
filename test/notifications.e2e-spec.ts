import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { MeetingRemindersTask, MinutesDeadlinesTask } from '@quorum/meetings';
import { DELIVERIES_QUEUE, DeliveriesService } from '@quorum/notifications';
import { Queue } from 'bullmq';
import { AnswerDeadlinesTask } from '@quorum/proposals';
import { MailCatcher } from '../scripts/mail-catcher';
import {
  bearer,
  newAccount,
  newAdmin,
  newAgent,
  newVerifiedResident,
  TestAccount,
} from './support/factories';
import { normalizeName } from '@quorum/identity';
import { newCouncilWithMembers, newMeeting, ok, sql } from './support/meeting-fixtures';
import {
  addFollowers,
  adoptedMinutes,
  collect,
  liveClient,
  waitingForDigest,
} from './support/notification-fixtures';
import {
  clock,
  codeOf,
  createTestDatabase,
  eventually,
  graphql,
  RunningApi,
  startApi,
  startWorker,
  testConfig,
  TestDatabase,
} from './support/test-env';

const PUBLISH = `mutation($id: ID!) { publishMinutes(id: $id) { id status } }`;
const INBOX = `query($unread: Boolean, $after: String) { notifications(first: 100, unreadOnly: $unread, after: $after) {
  totalCount unreadCount edges { node { id event title body link readAt } } pageInfo { hasNextPage endCursor } } }`;
const PREFS = `{ notificationPreferences { event label mode isDefault } }`;
const SET_PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { event mode isDefault } }`;

describe('Notifications: fan-out, in-app, live, e-mail, preferences, digests, reminders', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let apiA: RunningApi;
  let apiB: RunningApi;
  let worker: INestApplicationContext;
  let smtp: MailCatcher;
  let agent: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new MailCatcher().start();
    config = testConfig({ DATABASE_URL: db.url, SMTP_URL: smtp.smtpUrl });
    [apiA, apiB] = [await startApi(config), await startApi(config)];
    worker = await startWorker(config);
    agent = await newAgent(config, db.url);
  }, 60_000);
  afterAll(async () => {
    await worker.close();
    await apiA.close();
    await apiB.close();
    await smtp.stop();
    await db.drop();
  });

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
    url = apiA.url,
  ) => ok<T>(url, query, variables, who);
  const count = async (text: string, params: unknown[]) =>
    (await sql<{ n: number }>(db.url, text, params))[0].n;

  it('publishes minutes to 2,000 followers: 2,000 in-app notifications, e-mails per preferences, live on the other API instance', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const followers = await addFollowers(db.url, c.id, 2000);
    // 500 want no e-mail, 500 a daily digest, the others the default (at once).
    const off = followers.slice(0, 500);
    const digest = followers.slice(500, 1000);
    await sql(
      db.url,
      `INSERT INTO notification_preference (account_id, event_type, mode)
       SELECT unnest($1::uuid[]), 'minutes.published', 'OFF' UNION ALL
       SELECT unnest($2::uuid[]), 'minutes.published', 'DAILY_DIGEST'`,
      [off.map((f) => f.id), digest.map((f) => f.id)],
    );
    // A follower listening live on instance A; the town hall publishes through instance B.
    const listener = await newAccount(config, db.url);
    await call(
      `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`,
      { id: c.id },
      listener,
    );
    const client = liveClient(apiA.url, listener.token);
    const live = collect<{ notificationAdded: { title: string; event: string } }>(
      client,
      'subscription { notificationAdded { id event title link } }',
    );
    await new Promise((r) => setTimeout(r, 500));
    const minutesId = await adoptedMinutes(db.url, c.id, c.secretary.id);
    const started = Date.now();
    await call(PUBLISH, { id: minutesId }, agent, apiB.url);

    const [{ id: eventId }] = await sql<{ id: string }>(
      db.url,
      `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
      [minutesId],
    );
    const audience = 2000 + 1 + 7; // followers, the listener, the members
    await eventually(
      async () =>
        (await count(`SELECT count(*)::int AS n FROM notification WHERE event_id = $1`, [
          eventId,
        ])) === audience,
      60_000,
    );
    const inApp = Date.now() - started;
    const immediate = audience - 1000;
    await eventually(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM notification_email WHERE event_id = $1 AND status = 'SENT'`,
          [eventId],
        )) === immediate,
      120_000,
    );
    const allSent = Date.now() - started;
    console.log(
      `Fan-out of minutes.published to ${audience} people: in-app in ${inApp} ms, ${immediate} e-mails sent in ${allSent} ms`,
    );

    // Exactly the right e-mails: one each for the immediate ones, none for OFF, digest ones wait.
    await eventually(
      async () =>
        smtp.messages.filter((m) => m.subject.startsWith('Procès-verbal publié')).length >=
        immediate,
      30_000,
    );
    const received = smtp.messages.filter((m) => m.subject.startsWith('Procès-verbal publié'));
    const recipients = received.map((m) => m.to[0]);
    expect(recipients.length).toBe(immediate);
    expect(new Set(recipients).size).toBe(immediate);
    const offEmails = new Set(off.map((f) => f.email));
    const digestEmails = new Set(digest.map((f) => f.email));
    expect(recipients.filter((r) => offEmails.has(r) || digestEmails.has(r))).toEqual([]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM notification_email WHERE event_id = $1 AND status = 'DIGEST'`,
        [eventId],
      ),
    ).toBe(500);
    // Every e-mail carries a one-click unsubscribe.
    const one = received[0];
    expect(one.headers['list-unsubscribe']).toMatch(
      /^<http:\/\/quorum\.test\/unsubscribe\/e\.[0-9a-f-]{36}\.[\w-]{43}>$/,
    );
    expect(one.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(one.text).toContain('http://quorum.test/seances/');
    expect(one.html).toContain('Procès-verbal publié');

    // Live: instance A pushed it to its subscriber, though B handled the mutation.
    await eventually(async () => live.received.length > 0, 15_000);
    expect(live.received[0].notificationAdded).toMatchObject({ event: 'MINUTES_PUBLISHED' });
    // Only its own: none of the 2,007 others' notifications reached it.
    await new Promise((r) => setTimeout(r, 500));
    expect(live.received).toHaveLength(1);
    live.stop();
    await client.dispose();
    // Without a token, the subscription is refused.
    const anonymous = liveClient(apiA.url);
    const refused = collect(anonymous, 'subscription { notificationAdded { id } }');
    await eventually(async () => refused.errors.length > 0, 10_000);
    expect(JSON.stringify(refused.errors)).toContain('UNAUTHENTICATED');
    await anonymous.dispose();

    // In-app: paginated, unread filter and count, marked read.
    const inbox = await call<{
      notifications: { totalCount: number; unreadCount: number; edges: { node: { id: string } }[] };
    }>(INBOX, {}, listener);
    expect(inbox.notifications).toMatchObject({ totalCount: 1, unreadCount: 1 });
    const left = await call<{ markNotificationsRead: number }>(
      `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
      { input: { ids: [inbox.notifications.edges[0].node.id] } },
      listener,
    );
    expect(left.markNotificationsRead).toBe(0);
    expect(
      (await call<{ notifications: { totalCount: number } }>(INBOX, { unread: true }, listener))
        .notifications.totalCount,
    ).toBe(0);
  }, 240_000);

  it('lets people choose per event type, keeps convocations immediate for members, and validates the choice', async () => {
    const person = await newAccount(config, db.url);
    const defaults = (
      await call<{
        notificationPreferences: { event: string; mode: string; isDefault: boolean }[];
      }>(PREFS, {}, person)
    ).notificationPreferences;
    expect(defaults.find((p) => p.event === 'PROPOSAL_PUBLISHED')).toMatchObject({
      mode: 'DAILY_DIGEST',
      isDefault: true,
    });
    const updated = await call<{
      updateNotificationPreferences: { event: string; mode: string; isDefault: boolean }[];
    }>(SET_PREFS, { input: { preferences: [{ event: 'MEETING_CONVENED', mode: 'OFF' }] } }, person);
    expect(
      updated.updateNotificationPreferences.find((p) => p.event === 'MEETING_CONVENED'),
    ).toMatchObject({ mode: 'OFF', isDefault: false });
    const bad = await graphql(
      apiA.url,
      SET_PREFS,
      { input: { preferences: [{ event: 'NOPE', mode: 'OFF' }] } },
      bearer(person),
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await graphql(apiA.url, PREFS, {}))).toBe('UNAUTHENTICATED');

    // A member who turned convocations off still gets them, at once.
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    await call(
      SET_PREFS,
      { input: { preferences: [{ event: 'MEETING_CONVENED', mode: 'OFF' }] } },
      c.others[0],
    );
    const startsAt = new Date(clock.now().getTime() + 10 * 86_400_000);
    const meetingId = (
      await call<{ scheduleMeeting: { id: string } }>(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            councilId: c.id,
            startsAt: startsAt.toISOString(),
            place: 'Salle',
            accessible: true,
            isPublic: true,
          },
        },
        c.chair,
      )
    ).scheduleMeeting.id;
    await call(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      { input: { meetingId, kind: 'QUESTION', title: 'Questions' } },
      c.chair,
    );
    await call(`mutation($id: ID!) { convokeMeeting(id: $id) { id } }`, { id: meetingId }, c.chair);
    await eventually(
      async () =>
        smtp.messages.some(
          (m) => m.to[0] === c.others[0].email && m.subject.startsWith('Convocation'),
        ),
      20_000,
    );

    // A reminder 24 hours before, once even when two workers check at the same time.
    clock.travelTo(new Date(startsAt.getTime() - 20 * 3_600_000));
    const second = await startWorker(config);
    try {
      await Promise.all([
        worker.get(MeetingRemindersTask).run(),
        second.get(MeetingRemindersTask).run(),
      ]);
    } finally {
      await second.close();
    }
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'meeting.reminder' AND payload->>'meetingId' = $1`,
        [meetingId],
      ),
    ).toBe(1);
    await eventually(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM notification WHERE event_type = 'meeting.reminder' AND link LIKE $1`,
          [`%${meetingId}`],
        )) === 7,
      20_000,
    );
  }, 60_000);

  it('drops a waiting convocation for a follower who turns convocations off, not for a member', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const follower = await newAccount(config, db.url);
    await call(
      `mutation($id: ID!) { followCouncil(councilId: $id) { following } }`,
      { id: c.id },
      follower,
    );
    const member = c.others[1];
    const meeting = await newMeeting(apiA.url, c);
    await call(
      `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
      { input: { meetingId: meeting.id, kind: 'QUESTION', title: 'Questions' } },
      c.chair,
    );
    // E-mails wait in their queue while both turn convocations off.
    const deliveries = new Queue(DELIVERIES_QUEUE, {
      connection: { url: config.REDIS_URL },
      prefix: config.QUEUE_PREFIX,
    });
    const waiting = (who: TestAccount) =>
      sql<{ status: string }>(
        db.url,
        `SELECT status FROM notification_email WHERE account_id = $1 AND event_type = 'meeting.convened'`,
        [who.id],
      );
    try {
      await deliveries.pause();
      await call(
        `mutation($id: ID!) { convokeMeeting(id: $id) { id } }`,
        { id: meeting.id },
        c.chair,
      );
      await eventually(
        async () =>
          (await waiting(follower))[0]?.status === 'PENDING' &&
          (await waiting(member))[0]?.status === 'PENDING',
        20_000,
      );
      for (const who of [follower, member]) {
        await call(
          SET_PREFS,
          { input: { preferences: [{ event: 'MEETING_CONVENED', mode: 'OFF' }] } },
          who,
        );
      }
      expect(await waiting(follower)).toEqual([{ status: 'DROPPED' }]);
      expect(await waiting(member)).toEqual([{ status: 'PENDING' }]);
      await deliveries.resume();
      await eventually(async () => (await waiting(member))[0].status === 'SENT', 20_000);
      await eventually(async () => {
        const jobs = await deliveries.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(jobs).every((n) => n === 0);
      }, 20_000);
    } finally {
      await deliveries.resume();
      await deliveries.close();
    }
    const convocations = (who: TestAccount) =>
      smtp.messages.filter((m) => m.to[0] === who.email && m.subject.startsWith('Convocation'));
    expect(convocations(member)).toHaveLength(1);
    expect(convocations(follower)).toHaveLength(0);
  }, 60_000);

  it('lets residents follow a proposal and hear of its steps; a reply to a comment reaches its author', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const neighbourhood = normalizeName(c.neighbourhood);
    const author = await newVerifiedResident(config, db.url, { neighbourhood });
    const { submitProposal } = await call<{ submitProposal: { id: string } }>(
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId: c.id,
          title: 'Un abri à vélos',
          body: 'Couvert.',
          category: 'MOBILITY',
          publish: true,
        },
      },
      author,
    );
    const id = submitProposal.id;
    const fan = await newAccount(config, db.url);
    const followed = await call<{ followProposal: { following: boolean; followersCount: number } }>(
      `mutation($id: ID!) { followProposal(id: $id) { following followersCount } }`,
      { id },
      fan,
    );
    expect(followed.followProposal).toEqual({ following: true, followersCount: 1 });
    for (let i = 0; i < 2; i++) {
      const supporter = await newVerifiedResident(config, db.url, { neighbourhood });
      await call(
        `mutation($id: ID!) { supportProposal(id: $id) { proposal { id } } }`,
        { id },
        supporter,
      );
    }
    const events = async (who: TestAccount) =>
      (
        await call<{ notifications: { edges: { node: { event: string } }[] } }>(INBOX, {}, who)
      ).notifications.edges.map((e) => e.node.event);
    await eventually(async () => (await events(fan)).includes('PROPOSAL_QUALIFIED'), 20_000);
    expect(await events(author)).toContain('PROPOSAL_QUALIFIED');

    // A reply to the author's comment reaches the author, not the one who replied.
    const COMMENT = `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`;
    const { commentOnProposal } = await call<{ commentOnProposal: { id: string } }>(
      COMMENT,
      { input: { proposalId: id, body: 'Où exactement ?' } },
      author,
    );
    await call(
      COMMENT,
      { input: { proposalId: id, parentId: commentOnProposal.id, body: 'Devant la gare.' } },
      fan,
    );
    await eventually(async () => (await events(author)).includes('COMMENT_REPLIED'), 20_000);
    expect(await events(fan)).not.toContain('COMMENT_REPLIED');
  }, 60_000);

  it('unsubscribes in one click without an account, once, for its own person and event type only', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const [first, other] = await addFollowers(db.url, c.id, 2);
    const minutesId = await adoptedMinutes(db.url, c.id, c.secretary.id);
    await call(PUBLISH, { id: minutesId }, agent);
    await eventually(
      async () =>
        smtp.messages.some(
          (m) => m.to[0] === first.email && m.subject.startsWith('Procès-verbal publié'),
        ),
      20_000,
    );
    const mail = smtp.messages.find(
      (m) => m.to[0] === first.email && m.subject.startsWith('Procès-verbal publié'),
    )!;
    const token = /unsubscribe\/([^>]+)>/.exec(mail.headers['list-unsubscribe'])![1];
    const url = `${apiA.url}/unsubscribe/${token}`;
    const prefs = async (id: string) =>
      sql<{ event_type: string; mode: string }>(
        db.url,
        `SELECT event_type, mode FROM notification_preference WHERE account_id = $1 ORDER BY 1`,
        [id],
      );

    // GET (what mail scanners do) changes nothing.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await prefs(first.id)).toEqual([]);

    // A forged token (another e-mail's id with this signature) is refused.
    const [otherEmail] = await sql<{ id: string }>(
      db.url,
      `SELECT id FROM notification_email WHERE account_id = $1`,
      [other.id],
    );
    const forged = token.replace(/^e\.[0-9a-f-]{36}/, `e.${otherEmail.id}`);
    expect((await fetch(`${apiA.url}/unsubscribe/${forged}`, { method: 'POST' })).status).toBe(404);

    const done = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Procès-verbal publié');
    expect(await prefs(first.id)).toEqual([{ event_type: 'minutes.published', mode: 'OFF' }]);
    expect(await prefs(other.id)).toEqual([]);
    expect((await fetch(url, { method: 'POST' })).status).toBe(410);
  }, 60_000);

  it('sends one digest per person even with two workers, without what was already sent at once', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const people = await addFollowers(db.url, c.id, 30);
    await sql(
      db.url,
      `INSERT INTO notification_preference (account_id, event_type, mode) SELECT unnest($1::uuid[]), 'minutes.published', 'DAILY_DIGEST'`,
      [people.map((p) => p.id)],
    );
    // Two publications: both wait for the digest. A third event type goes at once (ballot closed is
    // a digest by default; here one person asked for it immediately).
    const first = await adoptedMinutes(db.url, c.id, c.secretary.id);
    const second = await adoptedMinutes(db.url, c.id, c.secretary.id);
    await call(PUBLISH, { id: first }, agent);
    await call(PUBLISH, { id: second }, agent);
    const ids = people.map((p) => p.id);
    await eventually(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM notification_email WHERE account_id = ANY($1) AND status = 'DIGEST'`,
          [ids],
        )) === 60,
      30_000,
    );
    // One item of one person was already sent at once: it must not come again in the digest.
    const [sentAlready] = await sql<{ id: string }>(
      db.url,
      `UPDATE notification_email SET status = 'SENT', sent_at = now()
        WHERE id = (SELECT id FROM notification_email WHERE account_id = $1 ORDER BY created_at LIMIT 1) RETURNING id`,
      [people[0].id],
    );
    expect(sentAlready).toBeDefined();
    const other = await startWorker(config);
    try {
      const made = await Promise.all([
        worker.get(DeliveriesService).gatherDigests(),
        other.get(DeliveriesService).gatherDigests(),
      ]);
      expect(made[0] + made[1]).toBeGreaterThanOrEqual(30);
    } finally {
      await other.close();
    }
    expect(
      await count(`SELECT count(*)::int AS n FROM notification_digest WHERE account_id = ANY($1)`, [
        ids,
      ]),
    ).toBe(30);
    const emails = new Set(people.map((p) => p.email));
    await eventually(
      async () =>
        smtp.messages.filter((m) => emails.has(m.to[0]) && m.subject.startsWith('Votre résumé'))
          .length === 30,
      30_000,
    );
    const digests = smtp.messages.filter(
      (m) => emails.has(m.to[0]) && m.subject.startsWith('Votre résumé'),
    );
    expect(new Set(digests.map((d) => d.to[0])).size).toBe(30);
    expect(digests.find((d) => d.to[0] === people[0].email)!.subject).toBe(
      'Votre résumé du jour : 1 notification(s)',
    );
    expect(digests.find((d) => d.to[0] === people[1].email)!.subject).toBe(
      'Votre résumé du jour : 2 notification(s)',
    );
    expect(digests[0].headers['list-unsubscribe']).toMatch(/unsubscribe\/d\./);
    // Running it again finds nothing left.
    expect(await worker.get(DeliveriesService).gatherDigests()).toBe(0);
  }, 90_000);

  it('never splits a person between two digests: rounds of two workers gathering at once', async () => {
    const other = await startWorker(config);
    try {
      for (let round = 0; round < 25; round++) {
        const ids = await waitingForDigest(db.url, 40, 30);
        // Two runs per worker, all at once: they race on the same people in the same order.
        await Promise.all([
          worker.get(DeliveriesService).gatherDigests(),
          other.get(DeliveriesService).gatherDigests(),
          worker.get(DeliveriesService).gatherDigests(),
          other.get(DeliveriesService).gatherDigests(),
        ]);
        const perPerson = await sql<{ digests: number; left: number }>(
          db.url,
          `SELECT (SELECT count(*)::int FROM notification_digest d WHERE d.account_id = p.id) AS digests,
                  (SELECT count(*)::int FROM notification_email e WHERE e.account_id = p.id AND e.status = 'DIGEST') AS left
             FROM unnest($1::uuid[]) AS p(id)`,
          [ids],
        );
        expect({ round, perPerson }).toEqual({
          round,
          perPerson: ids.map(() => ({ digests: 1, left: 0 })),
        });
      }
    } finally {
      await other.close();
    }
  }, 120_000);

  it('tells agents of answers due, and shows admins the queues and the failed jobs', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const [proposal] = await sql<{ id: string }>(
      db.url,
      `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status, answer_deadline, decided_at)
       VALUES ($1, $2, 'Un banc de plus', 'x', 'x', 'OTHER', 'ADOPTED', $3::timestamptz::date + 1, $3) RETURNING id`,
      [c.id, c.others[0].id, clock.now()],
    );
    await worker.get(AnswerDeadlinesTask).run();
    await worker.get(AnswerDeadlinesTask).run();
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'proposal.answer-due' AND payload->>'proposalId' = $1`,
        [proposal.id],
      ),
    ).toBe(1);
    await eventually(
      async () =>
        smtp.messages.some(
          (m) =>
            m.to[0] === agent.email &&
            m.subject === 'Réponse officielle à donner demain : Un banc de plus',
        ),
      20_000,
    );

    // Minutes adopted and not yet published: the agents hear of it 7 days ahead, once.
    const due = await adoptedMinutes(db.url, c.id, c.secretary.id);
    await worker.get(MinutesDeadlinesTask).run();
    await worker.get(MinutesDeadlinesTask).run();
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'minutes.publication-due' AND payload->>'minutesId' = $1`,
        [due],
      ),
    ).toBe(1);
    await eventually(
      async () =>
        smtp.messages.some(
          (m) =>
            m.to[0] === agent.email &&
            m.subject === `Procès-verbal à publier dans 7 jours : ${c.name}`,
        ),
      20_000,
    );

    // A permanent refusal: dead-lettered, marked failed, visible to admins.
    smtp.refusal = { code: 550, message: 'No such user' };
    const [victim] = await addFollowers(db.url, c.id, 1);
    const minutesId = await adoptedMinutes(db.url, c.id, c.secretary.id);
    await call(PUBLISH, { id: minutesId }, agent);
    await eventually(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM notification_email WHERE account_id = $1 AND status = 'FAILED'`,
          [victim.id],
        )) === 1,
      30_000,
    );
    smtp.refusal = null;
    const admin = await newAdmin(config, db.url);
    const { failedJobs } = await call<{ failedJobs: { jobName: string; error: string }[] }>(
      `{ failedJobs(first: 50) { jobName error attempts } }`,
      {},
      admin,
    );
    const failed = failedJobs.find((j) => j.jobName === 'notifications.email')!;
    expect(failed.error).toContain('550');
    expect(failed.error).not.toContain('@');
    const { queueMetrics } = await call<{ queueMetrics: { name: string; completed: number }[] }>(
      `{ queueMetrics { name waiting active delayed completed failed } }`,
      {},
      admin,
    );
    expect(queueMetrics.map((q) => q.name).sort()).toEqual([
      'deliveries',
      'events',
      'notifications',
      'schedules',
    ]);
    expect(queueMetrics.find((q) => q.name === 'deliveries')!.completed).toBeGreaterThan(0);
    expect(
      codeOf(
        await graphql(
          apiA.url,
          `
            {
              failedJobs {
                jobId
              }
            }
          `,
          {},
          bearer(agent),
        ),
      ),
    ).toBe('FORBIDDEN');
  }, 60_000);
});
