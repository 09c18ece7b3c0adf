/**
 * API RSS over a long mixed run (5 minutes by default, `--rss-duration`): the read scenarios in
 * rotation with one support in ten, at 16 connections, RSS sampled every second. Flat means no
 * growth trend: the least-squares slope of RSS after the first fifth of the run (warm-up: JIT,
 * pools, caches) is under 1 MB per minute. With zero errors.
 */
import { Pool } from 'pg';
import { GraphQLRequest, load } from '../harness/load';
import { signIn } from '../harness/people';
import { rowOf } from '../harness/rows';
import type { BenchContext, BenchRow } from '../harness/types';
import { busiestProposals, QUERIES } from './reads';
import { freshPairs } from './supports';

const SUPPORT = `mutation Support($id: ID!) { supportProposal(id: $id) { alreadySupported proposal { id supportCount } } }`;
export const FLAT_MB_PER_MIN = 1;

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function supportPool(ctx: BenchContext, jwtSecret: string, count: number) {
  const db = new Pool({ connectionString: ctx.databaseUrl, max: 2 });
  try {
    const pairs = await freshPairs(db, count);
    const accounts = [...new Set(pairs.map((p) => p.accountId))];
    const tokens = new Map(
      (await signIn(db, jwtSecret, accounts)).map((s) => [s.accountId, s.token]),
    );
    return pairs.map((p) => ({
      query: SUPPORT,
      variables: { id: p.proposalId },
      token: tokens.get(p.accountId),
    }));
  } finally {
    await db.end();
  }
}

export async function mixedRss(
  ctx: BenchContext,
  jwtSecret: string,
  seconds: number,
): Promise<BenchRow> {
  const proposals = await busiestProposals(ctx.databaseUrl, 100);
  const reads: GraphQLRequest[] = [
    { query: QUERIES.typename },
    { query: QUERIES.newest },
    { query: QUERIES.search, variables: { q: 'vélo' } },
    ...ctx.dataset.councilIds.slice(0, 3).map((councilId) => ({
      query: QUERIES.council,
      variables: { councilId },
    })),
    ...proposals.slice(0, 3).map((id) => ({ query: QUERIES.proposal, variables: { id } })),
  ];
  // Supports for one request in ten at up to ~300 req/s (then reads only).
  const writes = await supportPool(ctx, jwtSecret, seconds * 30);
  let i = 0;
  let w = 0;
  const request = () => {
    i += 1;
    if (i % 10 === 0 && w < writes.length) return writes[w++];
    return reads[i % reads.length];
  };
  const samples: { x: number; y: number }[] = [];
  const started = Date.now();
  const sample = () => {
    const rss = ctx.apiRssMb();
    if (rss !== null) samples.push({ x: (Date.now() - started) / 60_000, y: rss });
  };
  sample();
  const timer = setInterval(sample, 1000);
  let measured;
  try {
    measured = await load({
      url: ctx.graphqlUrl,
      connections: ctx.connections,
      duration: seconds,
      request,
    });
  } finally {
    clearInterval(timer);
  }
  sample();
  const settled = samples.filter((p) => p.x >= seconds / 60 / 5);
  const trend = slope(settled);
  const first = settled[0]?.y ?? null;
  const last = settled[settled.length - 1]?.y ?? null;
  return rowOf(`API RSS, ${Math.round(seconds)} s mixed run`, measured, {
    target: `RSS flat (slope < ${FLAT_MB_PER_MIN} MB/min after warm-up), 0 errors`,
    meets: () => trend < FLAT_MB_PER_MIN,
    apiRssMb: last,
    connections: ctx.connections,
    notes: `RSS ${first?.toFixed(0)} → ${last?.toFixed(0)} MB after warm-up, slope ${trend.toFixed(2)} MB/min over ${settled.length} samples; ${w} supports among the requests`,
  });
}
