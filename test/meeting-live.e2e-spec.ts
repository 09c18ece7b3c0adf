import { AppConfig } from '@quorum/core';
import { meetingLiveChannel } from '@quorum/meetings';
import Redis from 'ioredis';
import { MeetingLive } from '../libs/meetings/src/live/meeting-live.service';
import { bearer, newAccount, newAgent, TestAccount } from './support/factories';
import {
  ATTENDANCE,
  BALLOT_FIELDS,
  BallotView,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  MeetingView,
  newCouncilWithMembers,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
} from './support/meeting-fixtures';
import { collect, liveClient } from './support/notification-fixtures';
import {
  codeOf,
  createTestDatabase,
  eventually,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

type Pushed = { ballotUpdated: BallotView & { meetingId: string; openedAt: string } };

const liveQuery = (meetingId: string) =>
  `subscription { ballotUpdated(meetingId: "${meetingId}") { meetingId openedAt ${BALLOT_FIELDS} } }`;
const PROBE = 'probe';
/** Longer than the window in which a ballot's counts are coalesced (COUNT_PUSH_INTERVAL_MS). */
const QUIET_MS = 1200;

/**
 * The public live view of a meeting's ballots (issue 14.4, SPEC §9): an anonymous graphql-ws
 * client on one API instance hears the ballots that members open, vote and close through another.
 */
describe('Meeting live: ballotUpdated, public, after each commit', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let apiA: RunningApi;
  let apiB: RunningApi;
  let agent: TestAccount;
  let redis: Redis;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    [apiA, apiB] = [await startApi(config), await startApi(config)];
    agent = await newAgent(config, db.url);
    redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
  }, 60_000);
  afterAll(async () => {
    redis?.disconnect();
    await apiA?.close();
    await apiB?.close();
    await db?.drop();
  });

  const call = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    who?: TestAccount,
  ) => ok<T>(apiA.url, query, variables, who);
  const vote = (ballotId: string, who: TestAccount, choice: string, onBehalfOf?: string) =>
    graphql(apiA.url, CAST, { input: { ballotId, choice, onBehalfOf } }, bearer(who));

  /** A meeting with two items, everyone present but the last member, represented by the chair. */
  async function meetingOf(c: CouncilWithMembers): Promise<MeetingView> {
    const meeting = await openMeetingWith(apiA.url, c, ['Point public', 'Point secret']);
    const represented = c.members[c.members.length - 1];
    await call(
      ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: c.members.map((m) =>
            m === represented
              ? { accountId: m.id, status: 'REPRESENTED', proxyHolderId: c.chair.id }
              : { accountId: m.id, status: 'PRESENT' },
          ),
        },
      },
      c.chair,
    );
    return meeting;
  }

  /**
   * An anonymous subscriber on instance B. graphql-ws does not say when the API has subscribed to
   * Redis: a probe ballot is published on the meeting's channel until the client hears one.
   */
  async function follow(meetingId: string) {
    const client = liveClient(apiB.url);
    const live = collect<Pushed>(client, liveQuery(meetingId));
    const probe = {
      id: PROBE,
      meetingId,
      agendaItemId: PROBE,
      secret: false,
      status: 'OPEN',
      openedAt: new Date().toISOString(),
      closedAt: null,
      votesCast: 0,
      result: null,
      rollCall: null,
    };
    await eventually(async () => {
      await redis.publish(
        meetingLiveChannel(config.QUEUE_PREFIX, meetingId),
        JSON.stringify(probe),
      );
      await new Promise((r) => setTimeout(r, 100));
      return live.received.length > 0;
    });
    const ballots = () => live.received.map((m) => m.ballotUpdated).filter((b) => b.id !== PROBE);
    return { client, live, ballots };
  }

  /** What crosses Redis for the meeting, raw, as every API instance hears it. */
  async function tap(meetingId: string): Promise<{ messages: string[]; stop: () => void }> {
    const ear = redis.duplicate();
    const messages: string[] = [];
    ear.on('message', (_channel: string, message: string) => messages.push(message));
    await ear.subscribe(meetingLiveChannel(config.QUEUE_PREFIX, meetingId));
    return { messages, stop: () => ear.disconnect() };
  }

  it('pushes a public ballot to an anonymous client: opened, its count, and the result with the roll call', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const meeting = await meetingOf(c);
    const { client, live, ballots } = await follow(meeting.id);

    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[0].id, secret: false } },
      c.chair,
    );
    await eventually(async () => ballots().some((b) => b.id === openBallot.id));
    expect(ballots()[0]).toMatchObject({
      id: openBallot.id,
      meetingId: meeting.id,
      status: 'OPEN',
      secret: false,
      votesCast: 0,
      result: null,
      rollCall: null,
    });
    expect(new Date(ballots()[0].openedAt).getTime()).not.toBeNaN();

    // Five present members vote at once: the count reaches 5, never going backwards.
    const [first, ...rest] = c.members.slice(0, 5);
    expect((await vote(openBallot.id, first, 'FOR')).errors).toBeUndefined();
    const answers = await Promise.all(
      rest.map((m, i) => vote(openBallot.id, m, i % 2 ? 'FOR' : 'AGAINST')),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    await eventually(async () => ballots().some((b) => b.votesCast === 5));
    const counts = ballots().map((b) => b.votesCast);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(ballots().every((b) => b.status === 'OPEN' && b.result === null)).toBe(true);
    expect(ballots().every((b) => b.rollCall === null)).toBe(true);

    // Refused votes push nothing: a second vote (its transaction rolled back), a stranger's, a
    // vote for someone whose proxy one does not hold. Instance A, which answers them, hands
    // nothing to its live publisher (the pushes of the votes before may still be on their way).
    const publisher = apiA.app.get(MeetingLive);
    const voted = jest.spyOn(publisher, 'voted');
    const changed = jest.spyOn(publisher, 'changed');
    const again = await vote(openBallot.id, first, 'AGAINST');
    expect(reasonOf(again)).toBe('ALREADY_VOTED');
    const stranger = await newAccount(config, db.url);
    expect(codeOf(await vote(openBallot.id, stranger, 'FOR'))).toBe('FORBIDDEN');
    const represented = c.members[c.members.length - 1];
    expect(reasonOf(await vote(openBallot.id, c.coChair, 'FOR', represented.id))).toBe(
      'NOT_PROXY_HOLDER',
    );
    expect(voted).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
    // The next real votes go live: a member's, and the chair's for the member whose proxy they hold.
    expect((await vote(openBallot.id, c.members[5], 'ABSTAIN')).errors).toBeUndefined();
    expect((await vote(openBallot.id, c.chair, 'FOR', represented.id)).errors).toBeUndefined();
    expect(voted).toHaveBeenCalledTimes(2);
    voted.mockRestore();
    changed.mockRestore();
    await eventually(async () => ballots().some((b) => b.votesCast === 7));

    const { closeBallot } = await call<{ closeBallot: BallotView }>(
      CLOSE_BALLOT,
      { id: openBallot.id },
      c.chair,
    );
    await eventually(async () => ballots().some((b) => b.status === 'CLOSED'));
    const closed = ballots().find((b) => b.status === 'CLOSED')!;
    expect(closed).toMatchObject({
      id: openBallot.id,
      votesCast: 7,
      result: closeBallot.result,
    });
    expect(closed.result).toMatchObject({ for: 4, against: 2, abstain: 1, quorumHeld: true });
    // The public roll call: each of the seven votes, by whom it was cast.
    expect(closed.rollCall).toHaveLength(7);
    expect(closed.rollCall).toEqual(expect.arrayContaining(closeBallot.rollCall!));
    expect(closed.rollCall!.find((v) => v.voterId === represented.id)).toMatchObject({
      castBy: c.chair.id,
      choice: 'FOR',
    });
    // Nothing older than the close comes after it.
    await new Promise((r) => setTimeout(r, QUIET_MS));
    const last = ballots().findIndex((b) => b.status === 'CLOSED');
    expect(
      ballots()
        .slice(last)
        .every((b) => b.status === 'CLOSED'),
    ).toBe(true);
    expect(live.errors).toEqual([]);
    live.stop();
    await client.dispose();
  }, 60_000);

  it('pushes a secret ballot with its count only, and on close the totals, never who voted what', async () => {
    const c = await newCouncilWithMembers(apiA.url, config, db.url, agent);
    const meeting = await meetingOf(c);
    const raw = await tap(meeting.id);
    const { client, live, ballots } = await follow(meeting.id);

    const { openBallot } = await call<{ openBallot: BallotView }>(
      OPEN_BALLOT,
      { input: { agendaItemId: meeting.agenda[1].id, secret: true } },
      c.chair,
    );
    const choices = ['FOR', 'FOR', 'AGAINST', 'FOR', 'ABSTAIN', 'AGAINST'];
    for (const [i, member] of c.members.slice(0, 6).entries())
      expect((await vote(openBallot.id, member, choices[i])).errors).toBeUndefined();
    await eventually(async () => ballots().some((b) => b.votesCast === 6));
    const open = ballots().filter((b) => b.status === 'OPEN');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((b) => b.secret && b.result === null && b.rollCall === null)).toBe(true);

    await call(CLOSE_BALLOT, { id: openBallot.id }, c.chair);
    await eventually(async () => ballots().some((b) => b.status === 'CLOSED'));
    const closed = ballots().find((b) => b.status === 'CLOSED')!;
    expect(closed).toMatchObject({ secret: true, votesCast: 6, rollCall: null });
    expect(closed.result).toMatchObject({ for: 3, against: 2, abstain: 1 });

    // Neither the pushes nor what crossed Redis name a voter or a choice.
    const everything = [...raw.messages, JSON.stringify(live.received)].join('\n');
    for (const member of c.members) expect(everything).not.toContain(member.id);
    expect(everything).not.toMatch(/"choice"|"castBy"|"voterId"/);
    expect(raw.messages.length).toBeGreaterThan(0);
    raw.stop();
    live.stop();
    await client.dispose();
  }, 60_000);

  it('refuses a meeting that does not exist', async () => {
    const client = liveClient(apiB.url);
    const refused = collect(
      client,
      `subscription { ballotUpdated(meetingId: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    await eventually(async () => refused.errors.length > 0);
    expect(JSON.stringify(refused.errors)).toContain('NOT_FOUND');
    await client.dispose();
  });
});
