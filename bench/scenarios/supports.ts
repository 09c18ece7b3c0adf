/**
 * supportProposal at 32 connections against its ceiling, the minimal SQL transaction issued with
 * `pg` at the same concurrency (BEGIN; INSERT support; UPDATE count; COMMIT). Every request is a
 * real new support: a signed-in resident of the proposal's neighbourhood who has not supported it
 * yet, consecutive requests on different residents and proposals. Afterwards the counts are
 * checked: each touched proposal's support_count equals its rows, and the rows added equal the
 * supports the API and the ceiling reported.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { bodyOf, headersOf, load, Measured, percentile, repeated } from '../harness/load';
import { signIn } from '../harness/people';
import { rowOf } from '../harness/rows';
import type { BenchContext, BenchRow } from '../harness/types';

export const SUPPORT_CONNECTIONS = 32;
const SUPPORT = `mutation Support($id: ID!) { supportProposal(id: $id) { alreadySupported proposal { id supportCount } } }`;

interface Pair {
  accountId: string;
  proposalId: string;
}

/**
 * `count` (resident, proposal) pairs with no support yet, residents of the proposal's
 * neighbourhood, each pair once, ordered so that consecutive pairs differ in both.
 */
export async function freshPairs(db: Pool, count: number): Promise<Pair[]> {
  const { rows: people } = await db.query<{ id: string; council_id: string }>(
    `SELECT a.id, c.id AS council_id
       FROM account a JOIN council c ON c.neighbourhood = a.residency_neighbourhood
      WHERE a.role = 'RESIDENT' AND a.residency_verified_at IS NOT NULL AND a.deleted_at IS NULL
      ORDER BY md5(a.id::text)`,
  );
  const { rows: open } = await db.query<{ id: string; council_id: string }>(
    `SELECT id, council_id FROM proposal
      WHERE status IN ('PUBLISHED', 'QUALIFIED') AND hidden_at IS NULL AND (expires_at IS NULL OR expires_at > now())
      ORDER BY md5(id::text)`,
  );
  const byCouncil = new Map<string, string[]>();
  for (const p of open) byCouncil.set(p.council_id, [...(byCouncil.get(p.council_id) ?? []), p.id]);
  const residents = new Map<string, string[]>();
  for (const r of people)
    residents.set(r.council_id, [...(residents.get(r.council_id) ?? []), r.id]);
  // Round k pairs the n-th resident of a neighbourhood with its (n + k)-th proposal: each pair
  // once, consecutive pairs on different residents and proposals, councils interleaved. Rounds
  // already spent by earlier runs are filtered out chunk by chunk until `count` are fresh.
  const councils = [...residents.keys()].filter((c) => byCouncil.has(c));
  const maxRounds = Math.max(0, ...councils.map((c) => byCouncil.get(c)!.length));
  const widest = Math.max(0, ...councils.map((c) => residents.get(c)!.length));
  function* candidates(): Generator<Pair> {
    for (let k = 0; k < maxRounds; k++)
      for (let n = 0; n < widest; n++)
        for (const c of councils) {
          const rs = residents.get(c)!;
          const ps = byCouncil.get(c)!;
          if (n < rs.length && k < ps.length)
            yield { accountId: rs[n], proposalId: ps[(n + k) % ps.length] };
        }
  }
  const fresh: Pair[] = [];
  const source = candidates();
  for (let done = false; !done && fresh.length < count;) {
    const chunk: Pair[] = [];
    while (chunk.length < 50_000) {
      const next = source.next();
      if (next.done) {
        done = true;
        break;
      }
      chunk.push(next.value);
    }
    if (chunk.length === 0) break;
    const { rows } = await db.query<{ i: number }>(
      `SELECT x.i::int AS i FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(account_id, proposal_id, i)
        WHERE NOT EXISTS (SELECT 1 FROM proposal_support s
                           WHERE s.proposal_id = x.proposal_id AND s.account_id = x.account_id)
        ORDER BY x.i`,
      [chunk.map((c) => c.accountId), chunk.map((c) => c.proposalId)],
    );
    for (const row of rows) fresh.push(chunk[row.i - 1]);
  }
  return fresh.slice(0, count);
}

/** Hands pairs out one at a time; undefined once spent. */
const cursor = <T>(items: T[]) => {
  let i = 0;
  return {
    next: () => items[i++],
    get used() {
      return Math.min(i, items.length);
    },
  };
};

/** The minimal transaction, `connections` loops for `seconds`, on the real tables. */
async function sqlTransactions(
  db: Pool,
  pairs: { next(): Pair | undefined },
  connections: number,
  seconds: number,
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await db.connect();
      try {
        while (performance.now() < end) {
          const pair = pairs.next();
          if (!pair) throw new Error('the SQL ceiling ran out of pairs');
          const began = performance.now();
          try {
            await client.query('BEGIN');
            await client.query(
              `INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2)`,
              [pair.proposalId, pair.accountId],
            );
            await client.query(
              `UPDATE proposal SET support_count = support_count + 1 WHERE id = $1 RETURNING support_count`,
              [pair.proposalId],
            );
            await client.query('COMMIT');
            latencies.push(performance.now() - began);
          } catch {
            errors += 1;
            await client.query('ROLLBACK').catch(() => undefined);
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    reqPerSec: latencies.length / elapsed,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    errors,
    requests: latencies.length + errors,
  };
}

export async function supports(ctx: BenchContext, jwtSecret: string): Promise<BenchRow[]> {
  const connections = SUPPORT_CONNECTIONS;
  const db = new Pool({ connectionString: ctx.databaseUrl, max: connections + 2 });
  try {
    const before = Number((await db.query(`SELECT count(*) AS n FROM proposal_support`)).rows[0].n);
    const warmup = Math.min(2, ctx.duration);
    // The ceiling: a first, short pass sizes the pool of pairs for the measured ones.
    const probePairs = cursor(await freshPairs(db, 20_000));
    const probe = await sqlTransactions(db, probePairs, connections, ctx.smoke ? 0.3 : 1);
    // Generous: the probe may run while the worker is still busy (a fan-out's e-mails).
    const ceilingBudget = Math.max(
      Math.ceil(probe.reqPerSec * 2 * ctx.duration * ctx.repeats) + 1000,
      ctx.smoke ? 20_000 : 150_000,
    );
    const ceilingPairs = cursor(await freshPairs(db, ceilingBudget));
    const ceiling = await repeated(ctx.repeats, () =>
      sqlTransactions(db, ceilingPairs, connections, ctx.duration),
    );
    const ceilingRow = rowOf('minimal SQL transaction, pg (ceiling)', ceiling, {
      apiRssMb: null,
      connections,
      notes: 'BEGIN; INSERT proposal_support; UPDATE proposal count; COMMIT (tx/s)',
    });

    // The API: residents signed in beforehand (a session each), pairs sized from a warm-up.
    const budget =
      Math.min(ceilingBudget, Math.ceil(ceiling.reqPerSec * 1.5 * ctx.duration * ctx.repeats)) +
      2000;
    const pairs = await freshPairs(db, budget);
    if (pairs.length < budget)
      ctx.log(`  only ${pairs.length} fresh (resident, proposal) pairs left of ${budget} wanted`);
    const sessions = new Map(
      (await signIn(db, jwtSecret, [...new Set(pairs.map((p) => p.accountId))])).map((s) => [
        s.accountId,
        s.token,
      ]),
    );
    const api = cursor(pairs);
    const request = () => {
      const pair = api.next();
      if (!pair) return undefined;
      return {
        query: SUPPORT,
        variables: { id: pair.proposalId },
        token: sessions.get(pair.accountId),
      };
    };
    const verify = (body: string) => body.includes('"alreadySupported":false');
    const url = ctx.graphqlUrl;
    // The smoke run has no warm-up, but answers one support first: on a loaded machine the cold
    // first supports (the path's first run, the pool's connections) could fill its one second.
    const first = ctx.smoke ? request() : undefined;
    const firstAnswered =
      first &&
      verify(
        await (
          await fetch(url, { method: 'POST', body: bodyOf(first), headers: headersOf(first) })
        ).text(),
      );
    const warm = ctx.smoke
      ? { requests: first ? 1 : 0, errors: first && !firstAnswered ? 1 : 0 }
      : await load({ url, connections, duration: warmup, request, verify });
    const cpuBefore = ctx.apiCpuMs?.() ?? null;
    const measured = await repeated(ctx.repeats, () =>
      load({ url, connections, duration: ctx.duration, request, verify }),
    );
    const cpuAfter = ctx.apiCpuMs?.() ?? null;
    if (cpuBefore !== null && cpuAfter !== null && measured.requests > 0)
      measured.apiCpuMsPerReq = (cpuAfter - cpuBefore) / measured.requests;

    // Exact counts afterwards (SPEC §3): every proposal's count equals its rows, and the rows
    // added are at least the supports reported and at most the pairs handed out (requests still
    // in flight when a run ends commit without being counted).
    const after = Number((await db.query(`SELECT count(*) AS n FROM proposal_support`)).rows[0].n);
    const added = after - before;
    const reported =
      probe.requests -
      probe.errors +
      ceiling.requests -
      ceiling.errors +
      (warm.requests - warm.errors) +
      (measured.requests - measured.errors);
    const handedOut = probePairs.used + ceilingPairs.used + api.used;
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM proposal p
        WHERE p.support_count <> (SELECT count(*) FROM proposal_support s WHERE s.proposal_id = p.id)`,
    );
    const wrongCounts = Number(rows[0].n);
    const exact = wrongCounts === 0 && added >= reported && added <= handedOut;
    const row = rowOf('supportProposal, 32 connections', measured, {
      ceiling: { name: 'minimal SQL transaction', value: ceiling.reqPerSec },
      target: '≥ 0.4 × minimal SQL tx, p99 < 100 ms, counts exact',
      meets: (m, ratio) => exact && ratio !== null && ratio >= 0.4 && m.p99Ms < 100,
      apiRssMb: ctx.apiRssMb(),
      connections,
      notes: `counts ${exact ? 'exact' : 'WRONG'}: ${added} supports added (API and ceiling), ${reported} answered as new, ${handedOut} sent; ${wrongCounts} proposals whose count differs from their rows`,
    });
    if (!exact) row.errors += Math.max(1, wrongCounts);
    return [ceilingRow, row];
  } finally {
    await db.end();
  }
}
