/**
 * Meeting day (issue 14.4): the members of one council vote in the same second on one ballot, a
 * public one then a secret one, some by proxy, while 500 people follow the meeting live over
 * graphql-ws. Checks that every vote counts once (the tally and the vote rows afterwards, with
 * duplicate votes sent alongside) and measures, per client, the delay between the close's request
 * and the pushed result (p99 target: 1 s).
 *
 * The main figure: 500 anonymous clients on the public `ballotUpdated(meetingId)` subscription,
 * which the API publishes itself once the close has committed (Redis channel of the meeting → each
 * API instance → graphql-ws). They also check what they are pushed: the opening, counts that never
 * go backwards, no choice before the close, no roll call of a secret ballot.
 * The second figure, at the same time: 500 signed-in followers of the council on
 * `notificationAdded`, which the `ballot.closed` notification reaches through the outbox (relay
 * woken by LISTEN/NOTIFY at commit), a BullMQ fan-out job and a Redis channel per account.
 *
 * Alone: `npx ts-node -T -r tsconfig-paths/register bench/scenarios/meeting-day.ts`.
 */
import { performance } from 'node:perf_hooks';
import { createClient, Client as WsClient } from 'graphql-ws';
import Redis from 'ioredis';
import { Client } from 'pg';
import WebSocket from 'ws';
import { meetingLiveChannel } from '@quorum/meetings';
import type { BenchContext, BenchRow, SignedIn } from '../harness/types';
import { percentile, printRows, withStandaloneContext } from './standalone';

type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

interface Sizes {
  voters: number;
  /** Of the voters, how many are represented (their proxy held by a present member). */
  represented: number;
  /** Present voters who send their vote twice at the same instant (the second must be refused). */
  duplicates: number;
  /** Anonymous clients following the meeting (ballotUpdated). */
  public: number;
  /** Signed-in followers of the council (notificationAdded). */
  subscribers: number;
}

const CITY: Sizes = { voters: 60, represented: 10, duplicates: 10, public: 500, subscribers: 500 };
const SMOKE: Sizes = { voters: 6, represented: 1, duplicates: 1, public: 10, subscribers: 10 };
const PUSH_TARGET_MS = 1000;
/** A client that has not heard of the result this long after the close counts as an error. */
const PUSH_TIMEOUT_MS = 15_000;
const PROBE_TITLE = 'bench-live-probe';

const choiceOf = (i: number): Choice => (['FOR', 'FOR', 'AGAINST', 'ABSTAIN'] as const)[i % 4];

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

async function graphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

interface Meeting {
  councilId: string;
  meetingId: string;
  items: { public: string; secret: string };
  /** Index i votes as voters[i]; represented ones are cast by their holder. */
  holderOf: Map<number, number>;
}

/** A council with its members in office, its followers, and an open meeting with attendance. */
async function setUp(
  db: Client,
  voters: SignedIn[],
  followers: SignedIn[],
  sizes: Sizes,
): Promise<Meeting> {
  const slug = `jour-de-seance-${Math.random().toString(36).slice(2, 8)}`;
  const {
    rows: [{ id: councilId }],
  } = await db.query(
    `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
     VALUES ($1, 'Conseil du jour de séance', $1, 'Jour de séance', 'bench', 1) RETURNING id`,
    [slug],
  );
  await db.query(
    `INSERT INTO council_charter (council_id, version, support_threshold, support_window_days, response_deadline_days,
       convocation_notice_days, minutes_publication_days, opposition_agenda_quota, term_years, resident_co_chair_required,
       resident_seats, association_seats, majority_seats, opposition_seats)
     VALUES ($1, 1, 100, 90, 60, 5, 7, 1, 3, false, $2, 0, 1, 0)`,
    [councilId, sizes.voters - 1],
  );
  const ids = voters.map((v) => v.accountId);
  // The first voter chairs (elected, majority); the others are residents' members.
  await db.query(
    `INSERT INTO council_membership (council_id, account_id, college, role, political_group, term_start, term_end)
     SELECT $1, a.id, CASE WHEN a.n = 1 THEN 'ELECTED_MAJORITY' ELSE 'RESIDENTS' END,
            CASE WHEN a.n = 1 THEN 'CHAIR' ELSE 'MEMBER' END, CASE WHEN a.n = 1 THEN 'Majorité' END,
            current_date - 30, current_date + 1000
       FROM unnest($2::uuid[]) WITH ORDINALITY AS a(id, n)`,
    [councilId, ids],
  );
  await db.query(
    `INSERT INTO council_follower (council_id, account_id) SELECT $1, unnest($2::uuid[])`,
    [councilId, followers.map((f) => f.accountId)],
  );
  const chair = ids[0];
  const quorum = Math.floor(sizes.voters / 2) + 1;
  const {
    rows: [{ id: meetingId }],
  } = await db.query(
    `INSERT INTO meeting (council_id, status, starts_at, place, accessible, is_public, scheduled_by,
                          convened_at, opened_at, members_in_office, quorum_required, chaired_by)
     VALUES ($1, 'OPEN', now() - interval '10 minutes', 'Salle du conseil', true, true, $2,
             now() - interval '10 days', now() - interval '5 minutes', $3, $4, $2)
     RETURNING id`,
    [councilId, chair, sizes.voters, quorum],
  );
  const items = { public: '', secret: '' };
  for (const [position, kind] of [
    [1, 'public'],
    [2, 'secret'],
  ] as const) {
    const {
      rows: [{ id }],
    } = await db.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, title, added_by)
       VALUES ($1, $2, 'TOWN_HALL', $3, $4) RETURNING id`,
      [meetingId, position, `Point ${kind} du jour de séance`, chair],
    );
    items[kind] = id;
  }
  // The last `represented` voters give their proxy to voters 1, 2, … (present, not the chair).
  const holderOf = new Map<number, number>();
  const firstRepresented = sizes.voters - sizes.represented;
  for (let i = firstRepresented; i < sizes.voters; i++) holderOf.set(i, 1 + i - firstRepresented);
  await db.query(
    `INSERT INTO attendance (meeting_id, account_id, status, proxy_holder_id)
     SELECT $1, a.id, CASE WHEN h.holder IS NULL THEN 'PRESENT' ELSE 'REPRESENTED' END, h.holder
       FROM unnest($2::uuid[]) WITH ORDINALITY AS a(id, n)
       LEFT JOIN unnest($3::int[], $4::uuid[]) AS h(n, holder) ON h.n = a.n`,
    [
      meetingId,
      ids,
      [...holderOf.keys()].map((i) => i + 1),
      [...holderOf.values()].map((h) => ids[h]),
    ],
  );
  return { councilId, meetingId, items, holderOf };
}

interface Listener {
  accountId: string;
  client: WsClient;
  probed: boolean;
  /** performance.now() when the result of each agenda item title arrived. */
  results: Map<string, number>;
  errors: number;
}

const LIVE = `subscription { notificationAdded { id title link } }`;

async function listen(wsUrl: string, people: SignedIn[], meetingId: string): Promise<Listener[]> {
  return Promise.all(
    people.map(
      (person) =>
        new Promise<Listener>((resolve, reject) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${person.token}` },
            retryAttempts: 0,
            lazy: false,
            on: { connected: () => resolve(listener), error: reject },
          });
          const listener: Listener = {
            accountId: person.accountId,
            client,
            probed: false,
            results: new Map(),
            errors: 0,
          };
          client.subscribe<{ notificationAdded: { title: string; link: string } }>(
            { query: LIVE },
            {
              next: (value) => {
                const at = performance.now();
                const n = value.data?.notificationAdded;
                if (value.errors || !n) listener.errors += 1;
                else if (n.title === PROBE_TITLE) listener.probed = true;
                else if (n.link.endsWith(`/seances/${meetingId}`) && !listener.results.has(n.title))
                  listener.results.set(n.title, at);
              },
              error: () => (listener.errors += 1),
              complete: () => undefined,
            },
          );
        }),
    ),
  );
}

interface PushedBallot {
  id: string;
  status: 'OPEN' | 'CLOSED';
  secret: boolean;
  votesCast: number;
  result: { for: number; against: number; abstain: number } | null;
  rollCall: { voterId: string; choice: string }[] | null;
}

/** An anonymous client of the public live view of the meeting. */
interface Follower {
  client: WsClient;
  probed: boolean;
  /** performance.now() when each ballot was heard open, and closed. */
  opened: Map<string, number>;
  closed: Map<string, PushedBallot & { at: number }>;
  /** The highest count heard of each ballot while open. */
  counts: Map<string, number>;
  /** Pushes that broke a rule: a count going backwards, a result or a roll call too early. */
  wrong: number;
  errors: number;
}

const PUBLIC_LIVE = (meetingId: string) =>
  `subscription { ballotUpdated(meetingId: "${meetingId}") { id status secret votesCast
     result { for against abstain } rollCall { voterId choice } } }`;

async function follow(wsUrl: string, n: number, meetingId: string): Promise<Follower[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Follower>((resolve, reject) => {
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            retryAttempts: 0,
            lazy: false,
            on: { connected: () => resolve(follower), error: reject },
          });
          const follower: Follower = {
            client,
            probed: false,
            opened: new Map(),
            closed: new Map(),
            counts: new Map(),
            wrong: 0,
            errors: 0,
          };
          client.subscribe<{ ballotUpdated: PushedBallot }>(
            { query: PUBLIC_LIVE(meetingId) },
            {
              next: (value) => {
                const at = performance.now();
                const b = value.data?.ballotUpdated;
                if (value.errors || !b) return void (follower.errors += 1);
                if (b.id === PROBE_TITLE) return void (follower.probed = true);
                if (b.status === 'OPEN') {
                  if (!follower.opened.has(b.id)) follower.opened.set(b.id, at);
                  if (b.result || b.rollCall) follower.wrong += 1;
                  if (b.votesCast < (follower.counts.get(b.id) ?? 0)) follower.wrong += 1;
                  follower.counts.set(b.id, Math.max(b.votesCast, follower.counts.get(b.id) ?? 0));
                } else if (!follower.closed.has(b.id)) {
                  if (b.secret && b.rollCall) follower.wrong += 1;
                  follower.closed.set(b.id, { ...b, at });
                }
              },
              error: () => (follower.errors += 1),
              complete: () => undefined,
            },
          );
        }),
    ),
  );
}

/** Probes the public subscriptions on the meeting's channel until every client has heard one. */
async function untilAllFollowing(
  ctx: BenchContext,
  followers: Follower[],
  meetingId: string,
): Promise<void> {
  const redis = new Redis(ctx.redisUrl, { maxRetriesPerRequest: 3 });
  const probe = JSON.stringify({
    id: PROBE_TITLE,
    meetingId,
    agendaItemId: PROBE_TITLE,
    secret: false,
    status: 'OPEN',
    openedAt: new Date().toISOString(),
    closedAt: null,
    votesCast: 0,
    result: null,
    rollCall: null,
  });
  try {
    const deadline = Date.now() + 60_000;
    while (followers.some((f) => !f.probed)) {
      if (Date.now() > deadline)
        throw new Error(
          `${followers.filter((f) => !f.probed).length} of ${followers.length} public subscriptions never became live`,
        );
      await redis.publish(meetingLiveChannel(ctx.queuePrefix, meetingId), probe);
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    redis.disconnect();
  }
}

/**
 * A subscription is live once the API has subscribed its iterator to Redis, which graphql-ws does
 * not acknowledge: push a probe to each listener on the API's live channel until all have one.
 */
async function untilAllListening(ctx: BenchContext, listeners: Listener[]): Promise<void> {
  const redis = new Redis(ctx.redisUrl, { maxRetriesPerRequest: 3 });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const waiting = listeners.filter((l) => !l.probed);
      if (waiting.length === 0) return;
      if (Date.now() > deadline)
        throw new Error(`${waiting.length} of ${listeners.length} subscriptions never became live`);
      const pipeline = redis.pipeline();
      for (const l of waiting)
        pipeline.publish(
          `${ctx.queuePrefix}:notificationAdded:${l.accountId}`,
          JSON.stringify({
            accountId: l.accountId,
            notification: {
              id: `probe-${l.accountId}`,
              eventType: 'ballot.closed',
              title: PROBE_TITLE,
              body: '',
              link: '',
              createdAt: new Date().toISOString(),
              readAt: null,
            },
          }),
        );
      await pipeline.exec();
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    redis.disconnect();
  }
}

const BALLOT = `id status votesCast result { for against abstain present quorumHeld adopted }`;
const OPEN = `mutation($input: OpenBallotInput!) { openBallot(input: $input) { ${BALLOT} } }`;
const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { id } }`;
const CLOSE = `mutation($id: ID!) { closeBallot(id: $id) { ${BALLOT} } }`;

interface BallotRun {
  votes: BenchRow;
  live: BenchRow;
  push: BenchRow;
}

/** Opens a ballot, has everyone vote in one burst (duplicates included), closes it, checks it. */
async function ballotRound(
  ctx: BenchContext,
  db: Client,
  sizes: Sizes,
  meeting: Meeting,
  voters: SignedIn[],
  listeners: Listener[],
  followers: Follower[],
  secret: boolean,
): Promise<BallotRun> {
  const kind = secret ? 'secret' : 'public';
  const chair = voters[0];
  const openSent = performance.now();
  const opened = await graphql<{ openBallot: { id: string } }>(ctx.graphqlUrl, chair.token, OPEN, {
    input: { agendaItemId: meeting.items[kind], secret },
  });
  if (!opened.data) throw new Error(`openBallot: ${JSON.stringify(opened.errors)}`);
  const ballotId = opened.data.openBallot.id;

  // Every vote, and a second copy of the first `duplicates` present members' votes.
  const casts: { voter: number; by: number }[] = voters.map((_, i) => ({
    voter: i,
    by: meeting.holderOf.get(i) ?? i,
  }));
  for (let i = 0; i < sizes.duplicates; i++) casts.push({ voter: i, by: i });
  const latencies: number[] = [];
  let accepted = 0;
  let refusedAsDuplicate = 0;
  let unexpected = 0;
  const burstStarted = performance.now();
  await Promise.all(
    casts.map(async ({ voter, by }) => {
      const started = performance.now();
      const answer = await graphql(ctx.graphqlUrl, voters[by].token, CAST, {
        input: {
          ballotId,
          choice: choiceOf(voter),
          onBehalfOf: voter === by ? undefined : voters[voter].accountId,
        },
      }).catch(() => ({ errors: [{ message: 'network' }] }) as GraphQLAnswer<unknown>);
      latencies.push(performance.now() - started);
      if (!answer.errors) accepted += 1;
      else if (answer.errors[0]?.extensions?.reason === 'ALREADY_VOTED') refusedAsDuplicate += 1;
      else unexpected += 1;
    }),
  );
  const burstSeconds = (performance.now() - burstStarted) / 1000;

  // Measured from the close's request: the public push may arrive before its response does.
  const closeStarted = performance.now();
  const closed = await graphql<{
    closeBallot: { result: { for: number; against: number; abstain: number } };
  }>(ctx.graphqlUrl, chair.token, CLOSE, { id: ballotId });
  const closedAt = performance.now();
  const closedAtWall = Date.now();
  if (!closed.data) throw new Error(`closeBallot: ${JSON.stringify(closed.errors)}`);

  // Every vote once: the result, the stored totals and the rows of the ballot.
  const expected = { FOR: 0, AGAINST: 0, ABSTAIN: 0 };
  voters.forEach((_, i) => (expected[choiceOf(i)] += 1));
  const {
    rows: [stored],
  } = await db.query(
    `SELECT b.for_count, b.against_count, b.abstain_count,
            (SELECT count(*)::int FROM ballot_vote v WHERE v.ballot_id = b.id) AS roll_call,
            (SELECT count(DISTINCT voter_id)::int FROM ballot_vote v WHERE v.ballot_id = b.id) AS roll_call_voters,
            (SELECT count(*)::int FROM ballot_voter v WHERE v.ballot_id = b.id) AS secret_voters,
            (SELECT count(*)::int FROM ballot_vote v WHERE v.ballot_id = b.id AND v.cast_by <> v.voter_id) AS by_proxy,
            (SELECT coalesce(sum(for_count + against_count + abstain_count), 0)::int
               FROM ballot_secret_tally t WHERE t.ballot_id = b.id) AS secret_total
       FROM ballot b WHERE b.id = $1`,
    [ballotId],
  );
  const result = closed.data.closeBallot.result;
  const rowsOk = secret
    ? stored.secret_voters === sizes.voters &&
      stored.secret_total === sizes.voters &&
      stored.roll_call === 0
    : stored.roll_call === sizes.voters &&
      stored.roll_call_voters === sizes.voters &&
      stored.by_proxy === sizes.represented &&
      stored.secret_voters === 0;
  const countedOnce =
    accepted === sizes.voters &&
    refusedAsDuplicate === sizes.duplicates &&
    result.for === expected.FOR &&
    result.against === expected.AGAINST &&
    result.abstain === expected.ABSTAIN &&
    stored.for_count === expected.FOR &&
    stored.against_count === expected.AGAINST &&
    stored.abstain_count === expected.ABSTAIN &&
    rowsOk;

  // The pushes: each client's delay after the close's request was sent.
  const title = `Point ${kind} du jour de séance`;
  const heard = () => listeners.filter((l) => [...l.results.keys()].some((t) => t.includes(title)));
  const deadline = closedAt + PUSH_TIMEOUT_MS;
  while (
    (heard().length < listeners.length || followers.some((f) => !f.closed.has(ballotId))) &&
    performance.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 50));
  const delays = heard()
    .map((l) => [...l.results.entries()].find(([t]) => t.includes(title))![1] - closeStarted)
    .sort((a, b) => a - b);
  const liveDelays = followers
    .filter((f) => f.closed.has(ballotId))
    .map((f) => f.closed.get(ballotId)!.at - closeStarted)
    .sort((a, b) => a - b);
  const liveMissing = followers.length - liveDelays.length;
  const openDelays = followers
    .filter((f) => f.opened.has(ballotId))
    .map((f) => f.opened.get(ballotId)! - openSent)
    .sort((a, b) => a - b);
  // What the projectors showed: the full count before the close, the right result after it.
  const sawFullCount = followers.filter((f) => f.counts.get(ballotId) === sizes.voters).length;
  const highestCounts = followers.map((f) => f.counts.get(ballotId) ?? 0).sort((x, y) => x - y);
  const rightResult = followers.filter((f) => {
    const b = f.closed.get(ballotId);
    return (
      b?.result?.for === expected.FOR &&
      b.result.against === expected.AGAINST &&
      b.result.abstain === expected.ABSTAIN &&
      b.votesCast === sizes.voters &&
      (secret ? b.rollCall === null : b.rollCall?.length === sizes.voters)
    );
  }).length;
  const wrong = followers.reduce((n, f) => n + f.wrong, 0);
  const liveErrors =
    liveMissing +
    wrong +
    (liveDelays.length - rightResult) +
    followers.reduce((n, f) => n + f.errors, 0);
  const liveP99 = percentile(liveDelays, 99);
  const missing = listeners.length - delays.length;
  // Where the time went, from the database's clock (same machine): relay, then fan-out batches.
  const {
    rows: [path],
  } = await db.query(
    `SELECT (extract(epoch FROM e.relayed_at) * 1000)::float8 AS relayed, count(n.id)::int AS notified,
            (extract(epoch FROM max(n.created_at)) * 1000)::float8 AS last_batch
       FROM outbox_event e LEFT JOIN notification n ON n.event_id = e.id
      WHERE e.type = 'ballot.closed' AND e.payload->>'ballotId' = $1
      GROUP BY e.id`,
    [ballotId],
  );
  const since = (ms: number | null) => (ms == null ? '—' : `${(ms - closedAtWall).toFixed(0)} ms`);
  const latency = [...latencies].sort((a, b) => a - b);
  const p99 = percentile(delays, 99);
  const apiRssMb = ctx.apiRssMb();
  return {
    live: {
      scenario: `meeting day: ${kind} result pushed live to ${followers.length} anonymous followers (ballotUpdated)`,
      reqPerSec: null,
      p50Ms: percentile(liveDelays, 50),
      p95Ms: percentile(liveDelays, 95),
      p99Ms: liveP99,
      errors: liveErrors,
      ceiling: null,
      ceilingValue: null,
      ratio: null,
      target: `all reached with the exact result, p99 < ${PUSH_TARGET_MS} ms after the close's request`,
      met: liveErrors === 0 && liveP99 !== null && liveP99 < PUSH_TARGET_MS,
      apiRssMb,
      requests: followers.length,
      connections: followers.length,
      notes:
        `delay per client from the close's request to the pushed result; ${liveMissing} never reached within ${PUSH_TIMEOUT_MS / 1000} s; ` +
        `max ${liveDelays.length ? liveDelays[liveDelays.length - 1].toFixed(0) : '—'} ms; ${rightResult} with the exact result` +
        (secret ? ' and no roll call' : ' and the full roll call') +
        `; highest count heard before the close: median ${percentile(highestCounts, 50) ?? '—'}, ${sawFullCount} saw ${sizes.voters}; ${wrong} wrong pushes (count backwards, result or roll call early); ` +
        `opening heard p50 ${percentile(openDelays, 50)?.toFixed(0) ?? '—'} / p99 ${percentile(openDelays, 99)?.toFixed(0) ?? '—'} ms after its request; ` +
        `path: API after commit → Redis channel of the meeting → API → graphql-ws`,
    },
    votes: {
      scenario: `meeting day: ${sizes.voters} votes at once, ${kind} ballot (${sizes.represented} by proxy, ${sizes.duplicates} duplicates)`,
      reqPerSec: casts.length / burstSeconds,
      p50Ms: percentile(latency, 50),
      p95Ms: percentile(latency, 95),
      p99Ms: percentile(latency, 99),
      errors: unexpected + (countedOnce ? 0 : 1),
      ceiling: null,
      ceilingValue: null,
      ratio: null,
      target: 'every vote counted once (tally and rows exact, duplicates refused)',
      met: countedOnce && unexpected === 0,
      apiRssMb,
      requests: casts.length,
      connections: casts.length,
      notes:
        `accepted ${accepted}, refused as already cast ${refusedAsDuplicate}, unexpected ${unexpected}; ` +
        `result ${result.for}/${result.against}/${result.abstain} for/against/abstain (expected ${expected.FOR}/${expected.AGAINST}/${expected.ABSTAIN}); ` +
        (secret
          ? `voters ${stored.secret_voters}, secret totals ${stored.secret_total}`
          : `roll call ${stored.roll_call} rows, ${stored.roll_call_voters} voters, ${stored.by_proxy} by proxy`) +
        `; burst ${(burstSeconds * 1000).toFixed(0)} ms; close answered in ${(closedAt - closeStarted).toFixed(0)} ms`,
    },
    push: {
      scenario: `meeting day: ${kind} result notified live to ${listeners.length} signed-in followers (notificationAdded)`,
      reqPerSec: null,
      p50Ms: percentile(delays, 50),
      p95Ms: percentile(delays, 95),
      p99Ms: p99,
      errors: missing + listeners.reduce((n, l) => n + l.errors, 0),
      ceiling: null,
      ceilingValue: null,
      ratio: null,
      target: `all reached, p99 < ${PUSH_TARGET_MS} ms after the close's request`,
      met: missing === 0 && p99 !== null && p99 < PUSH_TARGET_MS,
      apiRssMb,
      requests: listeners.length,
      connections: listeners.length,
      notes:
        `delay per client from the close's request to the push; ${missing} never reached within ${PUSH_TIMEOUT_MS / 1000} s; ` +
        `max ${delays.length ? delays[delays.length - 1].toFixed(0) : '—'} ms; path: outbox relay (woken by NOTIFY) → fan-out job → Redis channel per account → API → graphql-ws; ` +
        `after the close's response: relayed ${since(path?.relayed)}, last of ${path?.notified ?? 0} in-app rows' batch began ${since(path?.last_batch)}`,
    },
  };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const sizes = ctx.smoke ? SMOKE : CITY;
  const people = await ctx.tokens.residents(sizes.voters + sizes.subscribers);
  const voters = people.slice(0, sizes.voters);
  const followers = people.slice(sizes.voters);
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  let listeners: Listener[] = [];
  let audience: Follower[] = [];
  try {
    const meeting = await setUp(db, voters, followers, sizes);
    ctx.log(
      `meeting day: ${sizes.voters} members, ${sizes.public} anonymous and ${sizes.subscribers} signed-in live clients connecting`,
    );
    audience = await follow(ctx.graphqlWsUrl, sizes.public, meeting.meetingId);
    listeners = await listen(ctx.graphqlWsUrl, followers, meeting.meetingId);
    await untilAllFollowing(ctx, audience, meeting.meetingId);
    await untilAllListening(ctx, listeners);
    const rows: BenchRow[] = [];
    for (const secret of [false, true]) {
      const round = await ballotRound(ctx, db, sizes, meeting, voters, listeners, audience, secret);
      rows.push(round.votes, round.live, round.push);
    }
    return rows;
  } finally {
    await Promise.allSettled(audience.map((f) => f.client.dispose()));
    await Promise.allSettled(listeners.map((l) => l.client.dispose()));
    await db.end();
  }
}

if (require.main === module) {
  withStandaloneContext('meeting-day', run)
    .then((rows) => printRows(rows))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
