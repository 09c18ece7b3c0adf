/**
 * `npm run bench:data`: the city-scale dataset of issue 14 (100,000 residents, 20,000 proposals,
 * 1,000,000 supports, 200,000 comments, 10 councils, 1,000 meetings, 50,000 followers at scale 1),
 * written by set-based SQL into a database migrated by `runMigrations`, reproducibly from a seed.
 *
 * Randomness: the plan (plan.ts) draws from a seeded PRNG; the SQL draws from
 * `hashint8extended(n, seed)`, a counter-based generator whose value does not depend on the order
 * rows are produced in; ids are `md5(seed:kind:n)`. Dates count back from `now` (by default the
 * start of the current UTC day), so the same seed on the same day gives the same rows.
 * Nothing goes through the outbox or the audit chain: no audit row is written.
 */
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { CHARTER_DEFAULTS } from '@quorum/councils';
import { renderMarkdown } from '@quorum/core';
import { runMigrations } from '@quorum/db';
import { normalizeName } from '@quorum/identity';
import { composeDocument, composeRecord, sha256Hex } from '@quorum/meetings';
import {
  COUNCIL_COUNT,
  makePlan,
  MEMBERS_PER_COUNCIL,
  OPPOSITION_MEMBER,
  Plan,
  PlannedMeeting,
  SEATS,
  uid,
} from './plan';
import {
  ANSWER_JUSTIFICATIONS,
  bodyMarkdown,
  BODY_VARIANTS,
  CANCEL_REASONS,
  COMMENTS,
  COUNCILS,
  FIRST_NAMES,
  LAST_INITIALS,
  PLACES_OF_MEETINGS,
  STATEMENTS,
} from './texts';
import { PROPOSAL_CATEGORIES } from '@quorum/proposals';

/** Every generated account (residents, agents, admin) signs in with this password. */
export const BENCH_PASSWORD = 'quorum-bench-2026';
/** Resident n (0 ≤ n < residents) signs in as this address; resident n lives in council n mod 10. */
export const residentEmail = (n: number) => `habitant${n}@bench.quorum.local`;
export const AGENT_EMAIL = 'agent1@bench.quorum.local';
export const ADMIN_EMAIL = 'admin@bench.quorum.local';

export interface DatasetOptions {
  /** 1 = the volumes of issue 14; 0.1 = a tenth (tests use ~0.02). */
  scale?: number;
  seed?: number;
  /** The instant dates count back from; by default the start of the current UTC day. */
  now?: Date;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

export interface DatasetSummary {
  seed: number;
  scale: number;
  now: string;
  durationMs: number;
  /** rows per table */
  counts: Record<string, number>;
  password: string;
  /** the most supported proposal (also the one with the most comments) */
  popularProposalId: string;
  popularProposalSupports: number;
  busiestProposalComments: number;
  /** the council with the followers */
  followedCouncilId: string;
  councilIds: string[];
  /** residents per neighbourhood; the support threshold of every charter */
  residentsPerCouncil: number;
  supportThreshold: number;
  /** time of each step, ms */
  steps: Record<string, number>;
}

const TABLES = [
  'account',
  'council',
  'council_charter',
  'council_membership',
  'council_follower',
  'proposal',
  'proposal_support',
  'comment',
  'meeting',
  'agenda_item',
  'attendance',
  'ballot',
  'ballot_vote',
  'ballot_voter',
  'ballot_secret_tally',
  'minutes',
  'opposition_statement',
  'audit_log',
  'outbox_event',
];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function generateDataset(
  databaseUrl: string,
  options: DatasetOptions = {},
): Promise<DatasetSummary> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 42;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_000_000_000)
    throw new Error('seed: an integer from 0 to 2,000,000,000');
  if (!(scale > 0 && scale <= 10)) throw new Error('scale: a number above 0, at most 10');
  const now = options.now ?? new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const steps: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const t = performance.now();
    steps[name] = Math.round(t - mark);
    log(`  ${name.padEnd(24)} ${(steps[name] / 1000).toFixed(1)} s`);
    mark = t;
  };

  const plan = makePlan(scale, seed, now);
  // One precomputed argon2 hash for everyone; its salt comes from the seed (same seed, same hash).
  const salt = createHash('sha256').update(`quorum-bench-salt:${seed}`).digest().subarray(0, 16);
  const passwordHash = await hash(BENCH_PASSWORD, { salt });
  step('plan');

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ n: existing }] = (
      await db.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM account) + (SELECT count(*) FROM council) AS n`,
      )
    ).rows;
    if (Number(existing) > 0)
      throw new Error(
        'The database already holds accounts or councils: generate into an empty, migrated database.',
      );
    await db.query('BEGIN');
    await db.query('SET LOCAL synchronous_commit = off');
    await db.query(
      `CREATE FUNCTION pg_temp.uid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE
         AS $$ SELECT overlay(overlay(md5('${seed}:' || kind || ':' || n) placing '4' from 13 for 1)
                                  placing '8' from 17 for 1)::uuid $$`,
    );
    await db.query(
      `CREATE FUNCTION pg_temp.rnd(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE
         AS $$ SELECT (hashint8extended(n, ${seed}::bigint * 1000 + salt) & 2147483647)::float8 / 2147483648 $$`,
    );
    await db.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await bulkLoad(db, 'account', true, () => writeAccounts(db, plan, passwordHash));
    step('accounts');
    await writeCouncils(db, plan);
    step('councils');
    await bulkLoad(db, 'proposal', true, () => writeProposals(db, plan));
    step('proposals');
    await bulkLoad(db, 'proposal_support', false, () => writeSupports(db, plan));
    step('supports');
    await bulkLoad(db, 'comment', false, () => writeComments(db, plan));
    step('comments');
    await writeFollowers(db, plan);
    step('followers');
    await writeMeetings(db, plan);
    step('meetings');
    await db.query('COMMIT');
    // As autovacuum leaves freshly loaded tables (its insert threshold is long passed): without the
    // visibility map, the planner took a frequent word's search on proposal_search for a scan.
    await db.query('VACUUM (ANALYZE)');
    step('analyze');
    const counts: Record<string, number> = {};
    for (const table of TABLES)
      counts[table] = Number((await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
    const popular = plan.proposals.reduce((a, b) => (b.supports > a.supports ? b : a));
    return {
      seed,
      scale,
      now: now.toISOString(),
      durationMs: Math.round(performance.now() - started),
      counts,
      password: BENCH_PASSWORD,
      popularProposalId: popular.id,
      popularProposalSupports: popular.supports,
      busiestProposalComments: Math.max(...plan.proposals.map((p) => p.comments)),
      followedCouncilId: uid(seed, 'council', 0),
      councilIds: COUNCILS.map((_, c) => uid(seed, 'council', c)),
      residentsPerCouncil: plan.perCouncil,
      supportThreshold: plan.threshold,
      steps,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

/**
 * Bulk loading as PostgreSQL's manual advises ("Populating a Database"): the table's indexes and
 * foreign keys are dropped, the rows written, then the same definitions (same names) restored,
 * in the same transaction. The foreign keys are validated against all rows when restored.
 */
async function bulkLoad(
  db: Client,
  table: string,
  keepPrimaryKey: boolean,
  write: () => Promise<void>,
) {
  const constraints = (
    await db.query<{ name: string; def: string; type: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def, contype AS type FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype IN ('p', 'f', 'u') AND NOT (contype = 'p' AND $2)
        ORDER BY contype`,
      [table, keepPrimaryKey],
    )
  ).rows;
  const indexes = (
    await db.query<{ name: string; def: string }>(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index
        WHERE indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)`,
      [table],
    )
  ).rows;
  for (const c of constraints) await db.query(`ALTER TABLE ${table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await db.query(`DROP INDEX ${i.name}`);
  await write();
  for (const i of indexes) await db.query(i.def);
  for (const c of [...constraints].reverse())
    await db.query(`ALTER TABLE ${table} ADD CONSTRAINT "${c.name}" ${c.def}`);
}

const accountOf = (plan: Plan, council: number, rank: number) =>
  uid(plan.seed, 'account', rank * COUNCIL_COUNT + council);
const agentId = (plan: Plan) => uid(plan.seed, 'staff', 0);

async function writeAccounts(db: Client, plan: Plan, passwordHash: string): Promise<void> {
  const neighbourhoods = COUNCILS.map((c) => normalizeName(c.neighbourhoodName));
  // Residents: resident n lives in the neighbourhood of council n mod 10, its rank there n / 10.
  await db.query(
    `INSERT INTO account (id, email, display_name, password_hash, role, locale, email_verified_at,
                          residency_neighbourhood, residency_verified_at, residency_method, created_at)
     SELECT pg_temp.uid('account', n), 'habitant' || n || '@bench.quorum.local',
            ($2::text[])[1 + floor(pg_temp.rnd(n, 1) * cardinality($2::text[]))::int] || ' '
              || ($3::text[])[1 + floor(pg_temp.rnd(n, 2) * cardinality($3::text[]))::int] || '.',
            $4, 'RESIDENT', 'fr', c + interval '1 hour', ($5::text[])[1 + n % ${COUNCIL_COUNT}],
            c + interval '1 day', 'AGENT', c
       FROM generate_series(0, $1::int - 1) AS n,
            LATERAL (SELECT $6::timestamptz - interval '1 day' * (735 + pg_temp.rnd(n, 3) * 60)) AS t(c)`,
    [
      plan.volumes.residents,
      FIRST_NAMES,
      LAST_INITIALS,
      passwordHash,
      neighbourhoods,
      iso(plan.now),
    ],
  );
  await db.query(
    `INSERT INTO account (id, email, display_name, password_hash, role, email_verified_at, created_at)
     SELECT pg_temp.uid('staff', i), CASE WHEN i = 3 THEN 'admin@bench.quorum.local' ELSE 'agent' || (i + 1) || '@bench.quorum.local' END,
            CASE WHEN i = 3 THEN 'Administratrice Quorum' ELSE 'Agent·e ' || (i + 1) || ' (mairie)' END,
            $1, CASE WHEN i = 3 THEN 'ADMIN' ELSE 'AGENT' END, t, t
       FROM generate_series(0, 3) AS i, LATERAL (SELECT $2::timestamptz - interval '800 days') AS x(t)`,
    [passwordHash, iso(plan.now)],
  );
}

async function writeCouncils(db: Client, plan: Plan): Promise<void> {
  const created = iso(new Date(plan.now.getTime() - 800 * 86_400_000));
  await db.query(
    `INSERT INTO council (id, slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version, created_at)
     SELECT pg_temp.uid('council', i - 1), slug, name, hood, hood_name,
            'Le quartier ' || hood_name || ', tel que délimité par le plan de la ville.', 1, $5
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS x(slug, name, hood, hood_name, i)`,
    [
      COUNCILS.map((c) => c.slug),
      COUNCILS.map((c) => c.name),
      COUNCILS.map((c) => normalizeName(c.neighbourhoodName)),
      COUNCILS.map((c) => c.neighbourhoodName),
      created,
    ],
  );
  const d = CHARTER_DEFAULTS;
  await db.query(
    `INSERT INTO council_charter (id, council_id, version, support_threshold, support_window_days, response_deadline_days,
       convocation_notice_days, quorum, minutes_publication_days, opposition_agenda_quota, term_years,
       resident_co_chair_required, resident_seats, association_seats, majority_seats, opposition_seats, changed_by, created_at)
     SELECT pg_temp.uid('charter', i), pg_temp.uid('council', i), 1, $1, $2, $3, $4, NULL, $5, $6, $7, true, 12, 4, 3, 2, $8, $9
       FROM generate_series(0, ${COUNCIL_COUNT - 1}) AS i`,
    [
      plan.threshold,
      d.supportWindowDays,
      d.responseDeadlineDays,
      d.convocationNoticeDays,
      d.minutesPublicationDays,
      d.oppositionAgendaQuota,
      d.termYears,
      agentId(plan),
      created,
    ],
  );
  await db.query(
    `INSERT INTO council_membership (id, council_id, account_id, college, role, political_group, term_start, term_end, created_at)
     SELECT pg_temp.uid('membership', c * 100 + r), pg_temp.uid('council', c), pg_temp.uid('account', r * ${COUNCIL_COUNT} + c),
            s.college, s.role, s.grp, $4::date, $5::date, $4::date
       FROM generate_series(0, ${COUNCIL_COUNT - 1}) AS c,
            unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS s(college, role, grp, k),
            LATERAL (SELECT (s.k - 1)::int) AS x(r)`,
    [
      SEATS.map((s) => s.college),
      SEATS.map((s) => s.role),
      SEATS.map((s) => s.group),
      plan.termStart,
      plan.termEnd,
    ],
  );
}

async function writeProposals(db: Client, plan: Plan): Promise<void> {
  // A few fixed Markdown bodies, each rendered once by the app's renderer.
  const bodies = PROPOSAL_CATEGORIES.flatMap((category) =>
    Array.from({ length: BODY_VARIANTS }, (_, v) => bodyMarkdown(category, v)),
  );
  const html = bodies.map((b) => renderMarkdown(b));
  const ps = plan.proposals;
  const bodyIndex = ps.map(
    (p) => PROPOSAL_CATEGORIES.indexOf(p.category) * BODY_VARIANTS + p.body + 1,
  );
  await db.query(
    `INSERT INTO proposal (id, council_id, author_id, title, body_markdown, body_html, category, status, support_count,
       support_threshold, published_at, expires_at, qualified_at, withdrawn_at, hidden_at, hidden_reason, decided_at,
       answer_deadline, answer, answer_justification, answered_at, implemented_at, created_at, last_activity_at)
     SELECT p.id, pg_temp.uid('council', p.council), pg_temp.uid('account', p.author::bigint * ${COUNCIL_COUNT} + p.council),
            p.title, ($21::text[])[p.body], ($22::text[])[p.body], p.category, p.status, p.supports,
            CASE WHEN p.published_at IS NOT NULL THEN $23::int END, p.published_at, p.expires_at, p.qualified_at,
            p.withdrawn_at, p.hidden_at,
            CASE WHEN p.hidden_at IS NOT NULL THEN 'Propos contraires à la charte (article 3).' END,
            p.decided_at, p.answer_deadline, p.answer, ($24::text[])[p.justification + 1], p.answered_at,
            p.implemented_at, p.created_at, p.last_activity_at
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::int[],
                   $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[],
                   $14::timestamptz[], $15::date[], $16::text[], $17::int[], $18::timestamptz[], $19::timestamptz[],
                   $20::timestamptz[], $25::timestamptz[])
         AS p(id, council, author, title, body, category, status, supports, published_at, expires_at, qualified_at,
              withdrawn_at, hidden_at, decided_at, answer_deadline, answer, justification, answered_at, implemented_at,
              created_at, last_activity_at)`,
    [
      ps.map((p) => p.id),
      ps.map((p) => p.council),
      ps.map((p) => p.authorRank),
      ps.map((p) => p.title),
      bodyIndex,
      ps.map((p) => p.category),
      ps.map((p) => p.status),
      ps.map((p) => p.supports),
      ps.map((p) => iso(p.publishedAt)),
      ps.map((p) => iso(p.expiresAt)),
      ps.map((p) => iso(p.qualifiedAt)),
      ps.map((p) => iso(p.withdrawnAt)),
      ps.map((p) => iso(p.hiddenAt)),
      ps.map((p) => iso(p.decidedAt)),
      ps.map((p) => p.answerDeadline),
      ps.map((p) => p.answer),
      ps.map((p) => p.justification),
      ps.map((p) => iso(p.answeredAt)),
      ps.map((p) => iso(p.implementedAt)),
      ps.map((p) => iso(p.createdAt)),
      bodies,
      html,
      plan.threshold,
      ANSWER_JUSTIFICATIONS,
      ps.map((p) => iso(p.lastActivityAt)),
    ],
  );
}

async function writeSupports(db: Client, plan: Plan): Promise<void> {
  const ps = plan.proposals.filter((p) => p.supports > 0);
  // Supporter j of a proposal: the resident of rank (start + j·stride) mod N of its neighbourhood
  // (stride prime to N: all distinct, one support per resident per proposal).
  await db.query(
    `INSERT INTO proposal_support (proposal_id, account_id, created_at)
     SELECT p.id, pg_temp.uid('account', ((p.start + j * $7::bigint) % $8) * ${COUNCIL_COUNT} + p.council),
            p.pub + (p.fin - p.pub) * ((j + 1)::float8 / (p.k + 1))
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[])
              AS p(id, council, k, start, pub, fin),
            LATERAL generate_series(0, p.k - 1) AS j`,
    [
      ps.map((p) => p.id),
      ps.map((p) => p.council),
      ps.map((p) => p.supports),
      ps.map((p) => p.supportStart),
      ps.map((p) => iso(p.publishedAt)),
      ps.map((p) => iso(p.activityEnd)),
      plan.stride,
      plan.perCouncil,
    ],
  );
}

async function writeComments(db: Client, plan: Plan): Promise<void> {
  const ps = plan.proposals.filter((p) => p.comments > 0);
  const html = COMMENTS.map((c) => renderMarkdown(c));
  // Comment j of a proposal; one in three (j mod 3 = 2, most of them) answers comment j − 1,
  // which is never itself an answer: threads one level deep.
  await db.query(
    `INSERT INTO comment (id, proposal_id, author_id, parent_id, body_markdown, body_html, created_at, hidden_at, hidden_reason)
     SELECT pg_temp.uid('comment', k), p.id,
            pg_temp.uid('account', floor(pg_temp.rnd(k, 11) * $9)::bigint * ${COUNCIL_COUNT} + p.council),
            CASE WHEN j % 3 = 2 AND pg_temp.rnd(k, 12) < 0.8 THEN pg_temp.uid('comment', k - 1) END,
            ($7::text[])[b], ($8::text[])[b], at,
            CASE WHEN pg_temp.rnd(k, 14) < 0.005 THEN at + (p.fin - at) / 2 END,
            CASE WHEN pg_temp.rnd(k, 14) < 0.005 THEN 'Propos contraires à la charte (article 3).' END
       FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[])
              AS p(id, n, council, count, pub, fin),
            LATERAL generate_series(0, p.count - 1) AS j,
            LATERAL (SELECT p.n::bigint * 1000 + j) AS x(k),
            LATERAL (SELECT 1 + floor(pg_temp.rnd(k, 13) * cardinality($7::text[]))::int,
                            p.pub + (p.fin - p.pub) * ((j + 1)::float8 / (p.count + 1))) AS y(b, at)`,
    [
      ps.map((p) => p.id),
      ps.map((p) => p.n),
      ps.map((p) => p.council),
      ps.map((p) => p.comments),
      ps.map((p) => iso(p.publishedAt)),
      ps.map((p) => iso(p.activityEnd)),
      COMMENTS,
      html,
      plan.perCouncil,
    ],
  );
}

async function writeFollowers(db: Client, plan: Plan): Promise<void> {
  // The first residents of the town (every neighbourhood) follow the first council.
  await db.query(
    `INSERT INTO council_follower (council_id, account_id, created_at)
     SELECT pg_temp.uid('council', 0), pg_temp.uid('account', n), $2::timestamptz - interval '1 day' * (1 + pg_temp.rnd(n, 21) * 600)
       FROM generate_series(0, least($1::int, $3::int) - 1) AS n`,
    [plan.volumes.followers, iso(plan.now), plan.volumes.residents],
  );
}

async function writeMeetings(db: Client, plan: Plan): Promise<void> {
  const ms = plan.meetings;
  const member = (m: PlannedMeeting, rank: number) => accountOf(plan, m.council, rank);
  const names = new Map<string, string>(
    (
      await db.query<{ id: string; display_name: string }>(
        `SELECT account_id AS id, display_name FROM council_membership JOIN account ON account.id = account_id`,
      )
    ).rows.map((r) => [r.id, r.display_name]),
  );
  const closing = (m: PlannedMeeting) => new Date(m.startsAt.getTime() + 150 * 60_000);
  await db.query(
    `INSERT INTO meeting (id, council_id, status, starts_at, place, accessible, accessibility_details, is_public, scheduled_by,
       convened_at, opened_at, closed_at, cancelled_at, cancel_reason, members_in_office, quorum_required, chaired_by, created_at)
     SELECT m.id, pg_temp.uid('council', m.council), m.status, m.starts_at, ($9::text[])[m.place + 1], true,
            'Entrée de plain-pied, boucle magnétique', m.is_public, pg_temp.uid('account', m.council),
            m.convened_at, CASE WHEN m.status = 'CLOSED' THEN m.starts_at END, m.closed_at, m.cancelled_at,
            ($10::text[])[m.reason + 1],
            CASE WHEN m.status = 'CLOSED' THEN ${MEMBERS_PER_COUNCIL} END, CASE WHEN m.status = 'CLOSED' THEN ${plan.quorum} END,
            CASE WHEN m.status = 'CLOSED' THEN pg_temp.uid('account', m.council) END, m.convened_at - interval '5 days'
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::int[], $6::boolean[], $7::timestamptz[],
                   $8::timestamptz[], $11::timestamptz[], $12::int[])
         AS m(id, council, status, starts_at, place, is_public, convened_at, cancelled_at, closed_at, reason)`,
    [
      ms.map((m) => m.id),
      ms.map((m) => m.council),
      ms.map((m) => m.status),
      ms.map((m) => iso(m.startsAt)),
      ms.map((m) => m.place),
      ms.map((m) => m.isPublic),
      ms.map((m) => iso(m.convenedAt)),
      ms.map((m) => iso(m.cancelledAt)),
      PLACES_OF_MEETINGS,
      CANCEL_REASONS,
      ms.map((m) => (m.status === 'CLOSED' ? iso(closing(m)) : null)),
      ms.map((m) => m.cancelReason),
    ],
  );

  const attendance = ms.flatMap((m) => m.attendance.map((a) => ({ m, a })));
  await db.query(
    `INSERT INTO attendance (meeting_id, account_id, status, proxy_holder_id, recorded_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[])`,
    [
      attendance.map(({ m }) => m.id),
      attendance.map(({ m, a }) => member(m, a.member)),
      attendance.map(({ a }) => a.status),
      attendance.map(({ m, a }) => (a.proxy === null ? null : member(m, a.proxy))),
      attendance.map(({ m }) => iso(new Date(m.startsAt.getTime() + 5 * 60_000))),
    ],
  );

  // Minutes: those to be published are written adopted, get their statements, then are published
  // (published minutes and their statements are final: the triggers refuse any later change).
  const withMinutes = ms.filter((m) => m.minutes);
  const record = (m: PlannedMeeting) =>
    composeRecord(
      meetingView(plan, m, names),
      COUNCILS[m.council].name,
      names.get(member(m, 0)) ?? null,
    );
  const summaryOf = (m: PlannedMeeting) =>
    `Les ${m.items.length} points de l’ordre du jour ont été débattus ; les décisions figurent ci-dessus.`;
  await db.query(
    `INSERT INTO minutes (id, meeting_id, council_id, version, status, record_markdown, summary_markdown, drafted_by,
       submitted_at, adopted_at, adopted_by_ballot_id, publication_due, created_at, updated_at)
     SELECT x.id, x.meeting, pg_temp.uid('council', x.council), 1, x.status, x.record, x.summary,
            pg_temp.uid('account', 2 * ${COUNCIL_COUNT} + x.council), x.submitted, x.adopted, x.ballot, x.due, x.created,
            coalesce(x.adopted, x.submitted, x.created)
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::timestamptz[],
                   $8::timestamptz[], $9::uuid[], $10::date[], $11::timestamptz[])
         AS x(id, meeting, council, status, record, summary, submitted, adopted, ballot, due, created)`,
    [
      withMinutes.map((m) => m.minutes!.id),
      withMinutes.map((m) => m.id),
      withMinutes.map((m) => m.council),
      withMinutes.map((m) => (m.minutes!.status === 'PUBLISHED' ? 'ADOPTED' : m.minutes!.status)),
      withMinutes.map(record),
      withMinutes.map(summaryOf),
      withMinutes.map((m) => iso(m.minutes!.submittedAt)),
      withMinutes.map((m) => iso(m.minutes!.adoptedAt)),
      withMinutes.map((m) => m.minutes!.adoptedByBallot),
      withMinutes.map((m) => m.minutes!.publicationDue),
      withMinutes.map((m) => iso(closing(m))),
    ],
  );

  const items = ms.flatMap((m) => m.items.map((i) => ({ m, i })));
  const minutesId = (n: number | null) => (n === null ? null : (ms[n].minutes?.id ?? null));
  await db.query(
    `INSERT INTO agenda_item (id, meeting_id, position, kind, title, proposal_id, minutes_id, added_by, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::timestamptz[])`,
    [
      items.map(({ i }) => i.id),
      items.map(({ m }) => m.id),
      items.map(({ i }) => i.position),
      items.map(({ i }) => i.kind),
      items.map(({ i }) => i.title),
      items.map(({ i }) => (i.proposal === null ? null : plan.proposals[i.proposal].id)),
      items.map(({ i }) => minutesId(i.minutesOf)),
      items.map(({ m, i }) => member(m, i.addedBy)),
      items.map(({ m }) => iso(new Date(m.convenedAt.getTime() - 86_400_000))),
    ],
  );

  // Ballots, one round at a time: a meeting has one open ballot at most, and votes are accepted
  // only while it is open.
  const ballots = items.filter(({ i }) => i.ballot);
  const rounds = Math.max(0, ...ballots.map(({ i }) => i.ballot!.round + 1));
  for (let round = 0; round < rounds; round++) {
    const these = ballots.filter(({ i }) => i.ballot!.round === round);
    const openedAt = ({ m }: (typeof these)[number]) =>
      new Date(m.startsAt.getTime() + (20 + 5 * round) * 60_000);
    await db.query(
      `INSERT INTO ballot (id, meeting_id, agenda_item_id, secret, status, opened_at)
       SELECT id, meeting, item, secret, 'OPEN', opened FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[], $5::timestamptz[])
         AS b(id, meeting, item, secret, opened)`,
      [
        these.map(({ i }) => i.ballot!.id),
        these.map(({ m }) => m.id),
        these.map(({ i }) => i.id),
        these.map(({ i }) => i.ballot!.secret),
        these.map((b) => iso(openedAt(b))),
      ],
    );
    const votes = these.flatMap((b) => b.i.ballot!.votes.map((v) => ({ b, v })));
    const open = votes.filter(({ b }) => !b.i.ballot!.secret);
    await db.query(
      `INSERT INTO ballot_vote (ballot_id, voter_id, cast_by, choice, cast_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])`,
      [
        open.map(({ b }) => b.i.ballot!.id),
        open.map(({ b, v }) => member(b.m, v.member)),
        open.map(({ b, v }) => member(b.m, v.castBy)),
        open.map(({ v }) => v.choice),
        open.map(({ b }) => iso(new Date(openedAt(b).getTime() + 60_000))),
      ],
    );
    const secret = votes.filter(({ b }) => b.i.ballot!.secret);
    await db.query(
      `INSERT INTO ballot_voter (ballot_id, voter_id, cast_by) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
      [
        secret.map(({ b }) => b.i.ballot!.id),
        secret.map(({ b, v }) => member(b.m, v.member)),
        secret.map(({ b, v }) => member(b.m, v.castBy)),
      ],
    );
    const tally = these.map((b) => ({ b, t: tallyOf(b.i.ballot!.votes) }));
    const secretTally = tally.filter(({ b }) => b.i.ballot!.secret);
    await db.query(
      `INSERT INTO ballot_secret_tally (ballot_id, for_count, against_count, abstain_count)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[])`,
      [
        secretTally.map(({ b }) => b.i.ballot!.id),
        secretTally.map(({ t }) => t.for),
        secretTally.map(({ t }) => t.against),
        secretTally.map(({ t }) => t.abstain),
      ],
    );
    await db.query(
      `UPDATE ballot SET status = 'CLOSED', closed_at = opened_at + interval '4 minutes', present_count = x.present,
              quorum_required = ${plan.quorum}, quorum_held = x.present >= ${plan.quorum}, for_count = x.f,
              against_count = x.a, abstain_count = x.s, adopted = x.present >= ${plan.quorum} AND x.f > x.a
         FROM unnest($1::uuid[], $2::int[], $3::int[], $4::int[], $5::int[]) AS x(id, present, f, a, s)
        WHERE ballot.id = x.id`,
      [
        tally.map(({ b }) => b.i.ballot!.id),
        tally.map(({ b }) => b.m.attendance.filter((a) => a.status !== 'ABSENT').length),
        tally.map(({ t }) => t.for),
        tally.map(({ t }) => t.against),
        tally.map(({ t }) => t.abstain),
      ],
    );
  }

  const stated = withMinutes.filter(
    (m) => m.minutes!.statement !== null && ['ADOPTED', 'PUBLISHED'].includes(m.minutes!.status),
  );
  const statementHtml = STATEMENTS.map((s) => renderMarkdown(s));
  const opposition = SEATS[OPPOSITION_MEMBER].group!;
  await db.query(
    `INSERT INTO opposition_statement (id, council_id, author_id, political_group, minutes_id, body_markdown, body_html, created_at, updated_at)
     SELECT pg_temp.uid('statement', x.n), pg_temp.uid('council', x.council), x.author, $5, x.minutes,
            ($6::text[])[x.s + 1], ($7::text[])[x.s + 1], x.at, x.at
       FROM unnest($1::int[], $2::int[], $3::uuid[], $4::uuid[], $8::int[], $9::timestamptz[])
         AS x(n, council, author, minutes, s, at)`,
    [
      stated.map((m) => m.n),
      stated.map((m) => m.council),
      stated.map((m) => member(m, OPPOSITION_MEMBER)),
      stated.map((m) => m.minutes!.id),
      opposition,
      STATEMENTS,
      statementHtml,
      stated.map((m) => m.minutes!.statement),
      stated.map((m) => iso(new Date(m.minutes!.adoptedAt!.getTime() + 3_600_000))),
    ],
  );
  const published = withMinutes.filter((m) => m.minutes!.status === 'PUBLISHED');
  const documents = published.map((m) =>
    composeDocument(
      record(m),
      summaryOf(m),
      m.minutes!.statement === null
        ? []
        : [
            {
              authorName: names.get(member(m, OPPOSITION_MEMBER)) ?? '',
              politicalGroup: opposition,
              body: STATEMENTS[m.minutes!.statement],
            },
          ],
    ),
  );
  await db.query(
    `UPDATE minutes SET status = 'PUBLISHED', published_at = x.at, published_by = $4, document = x.doc, content_hash = x.hash,
            updated_at = x.at
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $5::text[]) AS x(id, at, doc, hash)
      WHERE minutes.id = x.id`,
    [
      published.map((m) => m.minutes!.id),
      published.map((m) => iso(m.minutes!.publishedAt)),
      documents,
      agentId(plan),
      documents.map(sha256Hex),
    ],
  );
}

function tallyOf(votes: { choice: string }[]) {
  return {
    for: votes.filter((v) => v.choice === 'FOR').length,
    against: votes.filter((v) => v.choice === 'AGAINST').length,
    abstain: votes.filter((v) => v.choice === 'ABSTAIN').length,
  };
}

/** The read model composeRecord takes, built from the plan (only the fields it reads). */
function meetingView(
  plan: Plan,
  m: PlannedMeeting,
  names: Map<string, string>,
): Parameters<typeof composeRecord>[0] {
  const id = (rank: number) => accountOf(plan, m.council, rank);
  const present = m.attendance.filter((a) => a.status === 'PRESENT').length;
  const represented = m.attendance.filter((a) => a.status === 'REPRESENTED').length;
  const view = {
    startsAt: m.startsAt,
    place: PLACES_OF_MEETINGS[m.place],
    isPublic: m.isPublic,
    attendance: m.attendance.map((a) => ({
      accountId: id(a.member),
      displayName: names.get(id(a.member)) ?? '',
      status: a.status,
      proxyHolderId: a.proxy === null ? null : id(a.proxy),
    })),
    quorum: {
      membersInOffice: MEMBERS_PER_COUNCIL,
      required: plan.quorum,
      present,
      represented,
      reached: present + represented >= plan.quorum,
    },
    agenda: m.items.map((i) => {
      const t = i.ballot && tallyOf(i.ballot.votes);
      return {
        position: i.position,
        kind: i.kind,
        title: i.title,
        ballot: i.ballot && {
          secret: i.ballot.secret,
          result: {
            forCount: t!.for,
            againstCount: t!.against,
            abstainCount: t!.abstain,
            adopted: present + represented >= plan.quorum && t!.for > t!.against,
            quorumHeld: present + represented >= plan.quorum,
          },
          rollCall: i.ballot.secret
            ? []
            : i.ballot.votes.map((v) => ({
                voterId: id(v.member),
                voterName: names.get(id(v.member)) ?? '',
                choice: v.choice,
                castBy: id(v.castBy),
              })),
        },
      };
    }),
  };
  return view as unknown as Parameters<typeof composeRecord>[0];
}

/** A checksum of every generated row (two runs with the same seed and `now` give the same). */
export async function datasetChecksum(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const parts: string[] = [];
    for (const table of TABLES) {
      const { rows } = await db.query<{ h: string }>(
        `SELECT md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS h FROM (SELECT md5(t::text) AS h FROM ${table} t) s`,
      );
      parts.push(`${table}:${rows[0].h}`);
    }
    return createHash('sha256').update(parts.join('\n')).digest('hex');
  } finally {
    await db.end();
  }
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0
    ? process.argv[i + 1]
    : process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function main(): Promise<void> {
  const scale = Number(argument('scale') ?? 1);
  const seed = Number(argument('seed') ?? 42);
  /** The owner's URL (--database-url, or the embedded cluster's). */
  let url = argument('database-url');
  let appUrl: string | undefined;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const { ROOT, startEmbeddedPostgres } = await import('../../scripts/ensure-services');
    const postgres = await startEmbeddedPostgres(join(ROOT, '.data', 'bench', 'postgres'));
    stop = () => postgres.stop();
    const admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS quorum_bench WITH (FORCE)`);
    await admin.query(`CREATE DATABASE quorum_bench OWNER quorum`);
    await admin.end();
    url = postgres.ownerUrl.replace(/\/quorum$/, '/quorum_bench');
    appUrl = postgres.url.replace(/\/quorum$/, '/quorum_bench');
  }
  try {
    // As the owner (the generator drops and adds constraints), granting the application role.
    const migrated = await runMigrations(url, appUrl ?? url);
    console.log(
      `Database ${url.replace(/\/\/[^@]*@/, '//…@')}: ${migrated.applied.length} migrations applied.`,
    );
    console.log(`Generating the dataset (scale ${scale}, seed ${seed})…`);
    const summary = await generateDataset(url, { scale, seed, log: (line) => console.log(line) });
    console.table(summary.counts);
    console.log(
      `Done in ${(summary.durationMs / 1000).toFixed(1)} s. Residents sign in as habitant<n>@bench.quorum.local ` +
        `(${AGENT_EMAIL}, ${ADMIN_EMAIL}), password "${summary.password}". Most supported proposal ` +
        `${summary.popularProposalId} (${summary.popularProposalSupports} supports, ${summary.busiestProposalComments} comments); ` +
        `followed council ${summary.followedCouncilId}.`,
    );
  } finally {
    await stop?.();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
