/**
 * Open data (issue 15 §1): anonymous downloads of `/open-data/proposals.csv` and `.json`, the
 * dataset's proposals with their support counts (the aggregates of every support of the
 * dataset: 20,000 proposals and about a million supports at scale 1). Target: ≥ 50,000 rows/s
 * and the API's memory flat (RSS growth < 50 MB; the RSS, read from /proc, bounds the heap's
 * growth from above). One download at a time, read to the end by this process; the rows are
 * counted in the database (the same view the export reads).
 *
 * Throughput here is rows per second (the `req/s` column), and the percentiles are a whole
 * download's time.
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { BenchContext, BenchRow } from '../harness/types';
import { percentile } from './standalone';

const TARGET_ROWS_PER_S = 50_000;
const TARGET_RSS_GROWTH_MB = 50;

async function download(url: string): Promise<{ ms: number; bytes: number }> {
  const began = performance.now();
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
    bytes += chunk.byteLength;
  return { ms: performance.now() - began, bytes };
}

async function measure(
  ctx: BenchContext,
  format: 'csv' | 'json',
  rows: number,
  supports: number,
): Promise<BenchRow> {
  const url = `${ctx.graphqlUrl.replace(/\/graphql$/, '')}/open-data/proposals.${format}`;
  if (!ctx.smoke) await download(url); // warm-up: plans, JIT, pool
  const before = ctx.apiRssMb();
  let peak = before ?? 0;
  const watch = setInterval(() => (peak = Math.max(peak, ctx.apiRssMb() ?? 0)), 20);
  const times: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < ctx.repeats; i++) {
      const one = await download(url);
      times.push(one.ms);
      bytes = one.bytes;
    }
  } finally {
    clearInterval(watch);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 50) ?? 0;
  const rowsPerSec = median > 0 ? rows / (median / 1000) : 0;
  const growth = before === null ? null : Math.max(0, peak - before);
  return {
    scenario: `open data: proposals.${format} (${rows} rows, support counts of ${supports} supports)`,
    reqPerSec: rowsPerSec,
    p50Ms: median,
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    errors: 0,
    ceiling: null,
    ceilingValue: null,
    ratio: null,
    target: `≥ ${TARGET_ROWS_PER_S} rows/s, API RSS growth < ${TARGET_RSS_GROWTH_MB} MB`,
    met: rowsPerSec >= TARGET_ROWS_PER_S && growth !== null && growth < TARGET_RSS_GROWTH_MB,
    apiRssMb: peak || null,
    requests: ctx.repeats,
    connections: 1,
    notes: `req/s is rows/s; times are whole downloads (${(bytes / 1e6).toFixed(1)} MB); API RSS growth ${growth === null ? '—' : growth.toFixed(1)} MB`,
  };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  let rows: number;
  let supports: number;
  try {
    const [counts] = (
      await db.query<{ rows: number; supports: number }>(
        `SELECT count(*)::int AS rows, coalesce(sum(support_count), 0)::int AS supports FROM open_data_proposal`,
      )
    ).rows;
    ({ rows, supports } = counts);
  } finally {
    await db.end();
  }
  ctx.log(`open data: ${rows} proposals, ${supports} supports`);
  return [await measure(ctx, 'csv', rows, supports), await measure(ctx, 'json', rows, supports)];
}
