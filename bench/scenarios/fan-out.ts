/**
 * Fan-out (issue 14.5): an agent publishes the minutes of a council that 50,000 people follow.
 * Measures how fast the worker writes their in-app notifications, as a ratio to a raw ceiling
 * measured in the same run (one multi-row INSERT of the same 50,000 rows with pg, committed), and
 * how long until every e-mail has reached the SMTP sink (target: all within 2 minutes). Checks
 * afterwards that each follower has exactly one notification and one e-mail.
 *
 * Replaces bench/fan-out.bench.ts (which compared NOTIFICATION_BATCH_SIZE values on 10,000
 * followers with e-mails off); the batch size is now the worker's configured one.
 *
 * Alone: `npx ts-node -T -r tsconfig-paths/register bench/scenarios/fan-out.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { BenchContext, BenchRow } from '../harness/types';
import { percentile, printRows, withStandaloneContext } from './standalone';

const CITY_FOLLOWERS = 50_000;
const SMOKE_FOLLOWERS = 200;
const RATIO_TARGET = 0.3;
const MAIL_TARGET_S = 120;
/** Past the target, the rest is projected from the rate so far rather than waited for. */
const MAIL_GIVE_UP_S = MAIL_TARGET_S + 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Followed {
  councilId: string;
  minutesId: string;
  followerIds: string[];
}

/** A council followed by `n` people with verified addresses, and adopted minutes to publish. */
async function setUp(db: Client, owner: Client, n: number, agentId: string): Promise<Followed> {
  const slug = `diffusion-${Math.random().toString(36).slice(2, 8)}`;
  const {
    rows: [{ id: councilId }],
  } = await db.query(
    `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
     VALUES ($1, 'Conseil très suivi', $1, 'Très suivi', 'bench', 1) RETURNING id`,
    [slug],
  );
  const { rows } = await db.query<{ id: string }>(
    `WITH made AS (
       INSERT INTO account (email, display_name, password_hash, role, email_verified_at)
       SELECT 'suivi-' || $2 || '-' || i || '@bench.example', 'Abonné·e ' || i, 'no-login', 'RESIDENT', now()
         FROM generate_series(1, $3::int) AS i RETURNING id),
     followed AS (INSERT INTO council_follower (council_id, account_id) SELECT $1, id FROM made)
     SELECT id FROM made`,
    [councilId, slug, n],
  );
  const {
    rows: [{ id: meetingId }],
  } = await db.query(
    `INSERT INTO meeting (council_id, status, starts_at, place, accessible, is_public, scheduled_by, closed_at)
     VALUES ($1, 'CLOSED', now() - interval '10 days', 'Salle du conseil', true, true, $2, now() - interval '10 days')
     RETURNING id`,
    [councilId, agentId],
  );
  const {
    rows: [{ id: minutesId }],
  } = await db.query(
    `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, drafted_by,
                          submitted_at, adopted_at, publication_due)
     VALUES ($1, $2, 1, 'ADOPTED', '# Procès-verbal', 'Débats.', $3, now() - interval '5 days', now() - interval '2 days',
             current_date + 5)
     RETURNING id`,
    [meetingId, councilId, agentId],
  );
  await owner.query(`ANALYZE account, council_follower`);
  return { councilId, minutesId, followerIds: rows.map((r) => r.id) };
}

/**
 * The ceiling: the same rows as the fan-out writes (one per follower, same columns and unique
 * key), in one statement and one commit, with pg. Two shapes (ids sent as an array; ids read by
 * INSERT … SELECT from the followers); the faster is the ceiling. Removed again afterwards.
 */
async function ceiling(
  db: Client,
  owner: Client,
  followed: Followed,
  repeats: number,
): Promise<{ perSecond: number; shapes: string }> {
  const text = [
    'Procès-verbal publié : plafond',
    'Le procès-verbal est publié.',
    'http://quorum.bench/seances/x',
  ];
  const shapes: Record<string, { sql: string; params: (eventId: number) => unknown[] }> = {
    unnest: {
      sql: `INSERT INTO notification (event_id, event_type, account_id, title, body, link)
            SELECT $1, 'minutes.published', unnest($2::uuid[]), $3, $4, $5
            ON CONFLICT (event_id, account_id) DO NOTHING`,
      params: (eventId) => [eventId, followed.followerIds, ...text],
    },
    'INSERT … SELECT': {
      sql: `INSERT INTO notification (event_id, event_type, account_id, title, body, link)
            SELECT $1, 'minutes.published', account_id, $3, $4, $5 FROM council_follower WHERE council_id = $2
            ON CONFLICT (event_id, account_id) DO NOTHING`,
      params: (eventId) => [eventId, followed.councilId, ...text],
    },
  };
  const rates: Record<string, number> = {};
  let eventId = -1_000_000 - Math.floor(Math.random() * 1_000_000);
  for (const [name, shape] of Object.entries(shapes)) {
    const runs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      eventId -= 1;
      const started = performance.now();
      await db.query('BEGIN');
      await db.query(shape.sql, shape.params(eventId));
      await db.query('COMMIT');
      runs.push(followed.followerIds.length / ((performance.now() - started) / 1000));
      await db.query(`DELETE FROM notification WHERE event_id = $1`, [eventId]);
    }
    rates[name] = median(runs);
  }
  await owner.query(`VACUUM ANALYZE notification`);
  const perSecond = Math.max(...Object.values(rates));
  return {
    perSecond,
    shapes: Object.entries(rates)
      .map(([name, rate]) => `${name} ${rate.toFixed(0)} rows/s`)
      .join(', '),
  };
}

const PUBLISH = `mutation($id: ID!) { publishMinutes(id: $id) { id status } }`;

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const n = ctx.smoke ? SMOKE_FOLLOWERS : CITY_FOLLOWERS;
  const [agent] = await ctx.tokens.agents(1);
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  // VACUUM and ANALYZE are the tables' owner's (the application role's would be skipped).
  const owner = new Client({ connectionString: ctx.ownerDatabaseUrl });
  await owner.connect();
  try {
    ctx.log(`fan-out: ${n} followers`);
    const followed = await setUp(db, owner, n, agent.accountId);
    const roof = await ceiling(db, owner, followed, Math.max(1, ctx.repeats));

    // The machine's load when the fan-out starts and ends: on a shared machine, a ratio measured
    // at a load of 12 and one measured at 2 are not the same measure.
    const loadBefore = loadavg()[0];
    const mailsBefore = ctx.mailsReceived();
    const started = performance.now();
    const startedWall = Date.now();
    const response = await fetch(ctx.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}` },
      body: JSON.stringify({ query: PUBLISH, variables: { id: followed.minutesId } }),
    });
    const published = (await response.json()) as { errors?: unknown[] };
    if (published.errors) throw new Error(`publishMinutes: ${JSON.stringify(published.errors)}`);
    const publishedAt = performance.now();
    const {
      rows: [{ id: eventId }],
    } = await db.query(
      `SELECT id FROM outbox_event WHERE type = 'minutes.published' AND payload->>'minutesId' = $1`,
      [followed.minutesId],
    );

    // Wait for every in-app row, then every e-mail (or give up, to report how far it got).
    let rowsDoneAt: number | null = null;
    let mailsDoneAt: number | null = null;
    let peakWorkerRss = 0;
    let peakApiRss = 0;
    const countRows = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification WHERE event_id = $1`,
          [eventId],
        )
      ).rows[0].n;
    while (mailsDoneAt === null && performance.now() - publishedAt < MAIL_GIVE_UP_S * 1000) {
      await new Promise((r) => setTimeout(r, 100));
      peakWorkerRss = Math.max(peakWorkerRss, ctx.workerRssMb() ?? 0);
      peakApiRss = Math.max(peakApiRss, ctx.apiRssMb() ?? 0);
      if (rowsDoneAt === null && (await countRows()) >= n) rowsDoneAt = performance.now();
      if (ctx.mailsReceived() - mailsBefore >= n) mailsDoneAt = performance.now();
    }
    if (rowsDoneAt === null && (await countRows()) >= n) rowsDoneAt = performance.now();
    const mails = ctx.mailsReceived() - mailsBefore;
    const waitedSeconds = (performance.now() - publishedAt) / 1000;

    // Exactly one notification and one sent e-mail per follower.
    const {
      rows: [stored],
    } = await db.query(
      `SELECT (SELECT count(*)::int FROM notification WHERE event_id = $1) AS notifications,
              (SELECT count(DISTINCT account_id)::int FROM notification WHERE event_id = $1) AS notified,
              (SELECT count(*)::int FROM notification_email WHERE event_id = $1) AS emails,
              (SELECT count(*)::int FROM notification_email WHERE event_id = $1 AND status = 'SENT') AS sent,
              (extract(epoch FROM (SELECT min(created_at) FROM notification WHERE event_id = $1)) * 1000)::float8 AS first_row,
              (extract(epoch FROM (SELECT relayed_at FROM outbox_event WHERE id = $1)) * 1000)::float8 AS relayed`,
      [eventId],
    );
    const { rows: sentAt } = await db.query<{ ms: number }>(
      `SELECT (extract(epoch FROM sent_at) * 1000)::float8 - $2 AS ms
         FROM notification_email WHERE event_id = $1 AND sent_at IS NOT NULL ORDER BY sent_at`,
      [eventId, startedWall],
    );
    const mailDelays = sentAt.map((r) => r.ms);
    const exact = stored.notifications === n && stored.notified === n;
    const rowsSeconds = rowsDoneAt === null ? null : (rowsDoneAt - publishedAt) / 1000;
    const rowsPerSecond = rowsSeconds === null ? null : n / rowsSeconds;
    const ratio = rowsPerSecond === null ? null : rowsPerSecond / roof.perSecond;
    const mailSeconds = mailsDoneAt === null ? null : (mailsDoneAt - publishedAt) / 1000;
    const apiRssMb = ctx.apiRssMb();
    const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} (${cpus().length} cores)`;
    const tag = `${n.toLocaleString('en')} followers`;
    return [
      {
        scenario: `fan-out ceiling: one INSERT of ${tag}' notification rows (pg, committed)`,
        reqPerSec: roof.perSecond,
        p50Ms: null,
        p95Ms: null,
        p99Ms: null,
        errors: 0,
        ceiling: null,
        ceilingValue: null,
        ratio: null,
        target: 'ceiling',
        met: null,
        apiRssMb: null,
        notes: `rows/s, median of ${Math.max(1, ctx.repeats)} per shape: ${roof.shapes}`,
      },
      {
        scenario: `fan-out: minutes published to ${tag}, in-app rows`,
        reqPerSec: rowsPerSecond,
        p50Ms: null,
        p95Ms: null,
        p99Ms: null,
        errors: (exact ? 0 : 1) + (rowsDoneAt === null ? 1 : 0),
        ceiling: 'one INSERT of the same rows (pg)',
        ceilingValue: roof.perSecond,
        ratio,
        target: `≥ ${RATIO_TARGET} × the raw insert, one row per follower`,
        met: exact && ratio !== null && ratio >= RATIO_TARGET,
        apiRssMb,
        requests: n,
        notes:
          `rows/s from publishMinutes' response (${(publishedAt - started).toFixed(0)} ms) to the last row: ` +
          `${rowsSeconds === null ? 'not all written' : `${rowsSeconds.toFixed(2)} s`}; ` +
          `${stored.notifications} rows for ${stored.notified} people; relayed ${(stored.relayed - startedWall).toFixed(0)} ms and first batch ` +
          `${(stored.first_row - startedWall).toFixed(0)} ms after the publish started; worker RSS peak ${peakWorkerRss.toFixed(0)} MB; ${load}`,
      },
      {
        scenario: `fan-out: e-mails to ${tag} handed to the SMTP sink`,
        reqPerSec: mailSeconds === null ? mails / waitedSeconds : n / mailSeconds,
        p50Ms: percentile(mailDelays, 50),
        p95Ms: percentile(mailDelays, 95),
        p99Ms: percentile(mailDelays, 99),
        errors: n - Math.min(n, mails) + (stored.sent === n && stored.emails === n ? 0 : 1),
        ceiling: null,
        ceilingValue: null,
        ratio: null,
        target: `all received within ${MAIL_TARGET_S} s`,
        met: mailSeconds !== null && mailSeconds <= MAIL_TARGET_S && mails === n,
        apiRssMb: peakApiRss || apiRssMb,
        requests: n,
        notes:
          (mailSeconds === null
            ? `received ${mails} of ${n} in ${waitedSeconds.toFixed(0)} s (${(mails / waitedSeconds).toFixed(0)}/s: all in ~${(n / Math.max(mails / waitedSeconds, 1e-9)).toFixed(0)} s at that rate); `
            : `received ${mails} of ${n} in ${mailSeconds.toFixed(1)} s; `) +
          `${stored.emails} e-mail rows, ${stored.sent} sent; p50/p95/p99: sent_at after the publish started`,
      },
    ];
  } finally {
    await db.end();
    await owner.end();
  }
}

if (require.main === module) {
  withStandaloneContext('fan-out', run)
    .then((rows) => printRows(rows))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
