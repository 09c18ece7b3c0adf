/**
 * The site's server-side render of `/propositions` (issue 16), anonymous, at the run's
 * connections: `dist/web` mounted in the API's process as production runs it (the harness's API
 * loads it when built), so each page is one request of the visitor plus the site's GraphQL call
 * to the same process. Its ceiling, measured in the same run just before: the API answering the
 * very query the page sends (the first 20 proposals with their cards, and the councils of the
 * filter). The ratio says what rendering the HTML costs on top of the API's own listing.
 */
import autocannon from 'autocannon';
import { load, Measured, percentile, repeated } from '../harness/load';
import { rowOf } from '../harness/rows';
import type { BenchContext, BenchRow } from '../harness/types';

/** The document of apps/web's `ProposalsDocument`, as the page sends it (first page, NEWEST). */
const SITE_LISTING = `query Proposals($first: Int, $orderBy: ProposalOrder) {
  proposals(first: $first, orderBy: $orderBy) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id title status category authorName publishedAt createdAt expiresAt
      supportCount supportThreshold council { name slug neighbourhood neighbourhoodKey } } }
  }
  councils(first: 100) { edges { node { id name } } }
}`;

/** GET load: latencies, throughput, errors (a status other than 200, or a page without its h1). */
async function getLoad(url: string, connections: number, duration: number): Promise<Measured> {
  let firstError: string | undefined;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'GET',
        connections,
        duration,
        timeout: 30,
        verifyBody: (body) => {
          const ok = String(body ?? '').includes('<h1');
          if (!ok) firstError ??= String(body).slice(0, 300);
          return ok;
        },
      },
      (error, r) => (error || !r ? reject(error) : resolve(r)),
    );
    instance.on('response', (_c, status, _b, ms) => {
      if (status !== 200) firstError ??= `HTTP ${status}`;
      latencies.push(ms);
    });
  });
  const sorted = Float64Array.from(latencies).sort();
  const seconds =
    (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000 ||
    result.duration;
  return {
    reqPerSec: result.requests.total / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
    requests: result.requests.total,
    ...(firstError ? { firstError } : {}),
  };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const base = ctx.graphqlUrl.replace(/\/graphql$/, '');
  const request = { query: SITE_LISTING, variables: { first: 20, orderBy: 'NEWEST' } };
  const warm = Math.min(2, ctx.duration);
  if (!ctx.smoke)
    await load({ url: ctx.graphqlUrl, connections: ctx.connections, duration: warm, request });
  const api = await repeated(ctx.repeats, () =>
    load({ url: ctx.graphqlUrl, connections: ctx.connections, duration: ctx.duration, request }),
  );
  const apiRow = rowOf("the site's listing query, on the API", api, {
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
    notes: 'proposals(first: 20) with the cards, and councils(first: 100): what /propositions asks',
  });
  const page = `${base}/propositions`;
  // The site loads a route's code on its first request: even the one-second smoke run asks the
  // page once first, or a loaded machine can spend the whole second in that first render.
  if (ctx.smoke) await (await fetch(page)).text();
  else await getLoad(page, ctx.connections, warm);
  const web = await repeated(ctx.repeats, () => getLoad(page, ctx.connections, ctx.duration));
  const webRow = rowOf('GET /propositions, server-side rendered by the site', web, {
    ceiling: { name: "the site's listing query, on the API", value: api.reqPerSec },
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
    notes: 'dist/web mounted in the API (production), anonymous, first page',
  });
  return [apiRow, webRow];
}
