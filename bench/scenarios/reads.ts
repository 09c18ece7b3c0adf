/**
 * The ceilings of the HTTP and GraphQL stacks and the read scenarios of issue 14 (16 connections,
 * anonymous, as a visitor's browser or the web server asks). Listings select what a list page
 * shows, totalCount included ("20 of 1,234"); `Proposal` has no `council` field yet (issue 14.3),
 * so the council's name is not asked for.
 */
import { Pool } from 'pg';
import { GraphQLRequest, load, repeated } from '../harness/load';
import { Ceiling, rowOf } from '../harness/rows';
import type { BenchContext, BenchRow } from '../harness/types';

const CARD = `id title authorName category status supportCount supportThreshold publishedAt council { name }`;
const LISTING = `edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } totalCount`;

export const QUERIES = {
  typename: `{ __typename }`,
  newest: `query Newest { proposals(first: 20) { ${LISTING} } }`,
  search: `query Search($q: String!) { proposals(search: $q, first: 20) { ${LISTING} } }`,
  council: `query Council($councilId: ID!) {
    proposals(councilId: $councilId, status: PUBLISHED, orderBy: MOST_SUPPORTED, first: 20) { ${LISTING} }
  }`,
  // The proposal's page: its first page of comments (20), as the site shows it.
  proposal: `query Proposal($id: ID!) {
    proposal(id: $id) {
      ${CARD} bodyHtml answer answerJustification expiresAt
      commentPage { totalCount edges { node { id parentId authorName bodyHtml createdAt editedAt hiddenReason } } }
    }
  }`,
};

/** Cycles through a list of requests (several councils, several proposals). */
export const rotate = (requests: GraphQLRequest[]) => {
  let i = 0;
  return () => requests[i++ % requests.length];
};

/**
 * Measures `request` at `ctx.connections`: a warm-up (not counted), then `repeats` runs. The CPU
 * per request is the API's, or the reference server's whose CPU reader is given.
 */
export async function measure(
  ctx: BenchContext,
  url: string,
  request: () => GraphQLRequest,
  connections = ctx.connections,
  serverCpuMs: (() => number | null) | undefined = url === ctx.graphqlUrl
    ? ctx.apiCpuMs
    : undefined,
) {
  if (!ctx.smoke) await load({ url, connections, duration: Math.min(2, ctx.duration), request });
  const cpuBefore = serverCpuMs?.() ?? null;
  const measured = await repeated(ctx.repeats, () =>
    load({ url, connections, duration: ctx.duration, request }),
  );
  const cpuAfter = serverCpuMs?.() ?? null;
  if (cpuBefore !== null && cpuAfter !== null && measured.requests > 0)
    measured.apiCpuMsPerReq = (cpuAfter - cpuBefore) / measured.requests;
  return measured;
}

export async function bareApollo(
  ctx: BenchContext,
  url: string,
  cpu?: () => number | null,
): Promise<BenchRow> {
  const measured = await measure(ctx, url, () => ({ query: '{ hello }' }), ctx.connections, cpu);
  return rowOf('bare Apollo Server 5 standalone { hello } (ceiling)', measured, {
    apiRssMb: null,
    connections: ctx.connections,
    notes: 'its own process, no Express, no Nest',
  });
}

/**
 * Not a target: the floor of the design card's stack (Nest 11, `@nestjs/graphql`'s Apollo driver,
 * Express) with nothing of Quorum's, so that the table tells the framework's cost from Quorum's.
 */
export async function bareNest(
  ctx: BenchContext,
  url: string,
  bare: Ceiling | null,
  cpu?: () => number | null,
): Promise<BenchRow> {
  const measured = await measure(ctx, url, () => ({ query: '{ hello }' }), ctx.connections, cpu);
  return rowOf('bare Nest 11 + Apollo on Express { hello } (reference)', measured, {
    ceiling: bare,
    target: 'reference: the framework alone',
    apiRssMb: null,
    connections: ctx.connections,
    notes: 'its own process: Nest, its GraphQL module and Express, no Quorum code',
  });
}

export async function typename(ctx: BenchContext, bare: Ceiling | null): Promise<BenchRow> {
  const measured = await measure(ctx, ctx.graphqlUrl, () => ({ query: QUERIES.typename }));
  return rowOf('{ __typename } on Quorum', measured, {
    ceiling: bare,
    target: '≥ 0.5 × bare Apollo',
    meets: (_m, ratio) => ratio !== null && ratio >= 0.5,
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
  });
}

const listingTarget = {
  target: '≥ 0.4 × { __typename }, p95 < 30 ms',
  meets: (m: { p95Ms: number }, ratio: number | null) =>
    ratio !== null && ratio >= 0.4 && m.p95Ms < 30,
};

export async function newest(ctx: BenchContext, quorum: Ceiling | null): Promise<BenchRow> {
  const measured = await measure(ctx, ctx.graphqlUrl, () => ({ query: QUERIES.newest }));
  return rowOf('proposals(first: 20) newest', measured, {
    ceiling: quorum,
    ...listingTarget,
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
  });
}

export async function search(ctx: BenchContext, quorum: Ceiling | null): Promise<BenchRow> {
  const request = () => ({ query: QUERIES.search, variables: { q: 'vélo' } });
  const measured = await measure(ctx, ctx.graphqlUrl, request);
  return rowOf('proposals(search: "vélo")', measured, {
    ceiling: quorum,
    ...listingTarget,
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
  });
}

export async function councilMostSupported(
  ctx: BenchContext,
  quorum: Ceiling | null,
): Promise<BenchRow> {
  const request = rotate(
    ctx.dataset.councilIds.map((councilId) => ({
      query: QUERIES.council,
      variables: { councilId },
    })),
  );
  const measured = await measure(ctx, ctx.graphqlUrl, request);
  return rowOf('proposals(councilId, status, MOST_SUPPORTED)', measured, {
    ceiling: quorum,
    ...listingTarget,
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
    notes: `rotating over the ${ctx.dataset.councilIds.length} councils, status PUBLISHED`,
  });
}

/** The proposals people open most: the most commented ones (the busiest first). */
export async function busiestProposals(databaseUrl: string, count: number): Promise<string[]> {
  const db = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await db.query<{ id: string }>(
      `SELECT p.id FROM proposal p
         LEFT JOIN (SELECT proposal_id, count(*) AS n FROM comment GROUP BY proposal_id) c ON c.proposal_id = p.id
        WHERE p.status NOT IN ('DRAFT') AND p.hidden_at IS NULL
        ORDER BY c.n DESC NULLS LAST, p.id LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.id);
  } finally {
    await db.end();
  }
}

export async function proposal(ctx: BenchContext, quorum: Ceiling | null): Promise<BenchRow> {
  const ids = await busiestProposals(ctx.databaseUrl, 100);
  const request = rotate(ids.map((id) => ({ query: QUERIES.proposal, variables: { id } })));
  const measured = await measure(ctx, ctx.graphqlUrl, request);
  return rowOf('proposal(id) with its comments', measured, {
    ceiling: quorum,
    target: '≥ 0.5 × { __typename }, p95 < 20 ms',
    meets: (m, ratio) => ratio !== null && ratio >= 0.5 && m.p95Ms < 20,
    apiRssMb: ctx.apiRssMb(),
    connections: ctx.connections,
    notes:
      'rotating over the 100 most commented proposals; their first page of comments (commentPage, 20)',
  });
}
