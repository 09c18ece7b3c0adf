import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { DataSource } from 'typeorm';
import { bearer, newAgent, newResident, TestAccount } from './support/factories';
import { countStatements } from './support/sql-statements';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

/**
 * Issue 14: a listing is one statement (its cards' councils and its exact total joined to the
 * page), whatever the page size, and the council of a card is the council's own.
 */
const CARD_COUNCIL = 'id slug name neighbourhood neighbourhoodKey perimeterDescription createdAt';
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [2.35, 48.85],
      [2.36, 48.85],
      [2.36, 48.86],
      [2.35, 48.86],
      [2.35, 48.85],
    ],
  ],
};

type Council = Record<string, unknown> & { id: string; slug: string };
type Listed = {
  proposals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; councilId: string; council: Council } }[];
  };
};

describe('Proposal listings: one statement per page', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let agent: TestAccount;
  let author: TestAccount;
  const councils: Council[] = [];

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());
  const list = (args: string, fields: string, who?: TestAccount) =>
    graphql<Listed>(api.url, `{ proposals(${args}) { ${fields} } }`, {}, who ? bearer(who) : {});
  const statements = async (args: string, fields: string) => {
    let answer: Awaited<ReturnType<typeof list>> | undefined;
    const n = await countStatements(dataSource(), async () => {
      answer = await list(args, fields);
    });
    expect(answer!.errors).toBeUndefined();
    return n;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // The resolvers' statements, without the public read cache's own (its file proves it).
    config = testConfig({ DATABASE_URL: db.url, PUBLIC_READ_CACHE_MB: '0' });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
    author = await newResident(config, db.url);
    for (const [slug, name, perimeterGeojson] of [
      ['erables', 'Conseil des Érables', SQUARE],
      ['cedres', 'Conseil des Cèdres', undefined],
    ] as const) {
      const r = await graphql<{ createCouncil: Council }>(
        api.url,
        `
          mutation ($input: CreateCouncilInput!) {
            createCouncil(input: $input) {
              id
              slug
            }
          }
        `,
        {
          input: {
            slug,
            name,
            neighbourhood: `Les ${name.slice(12)}`,
            perimeterDescription: `Autour du square des ${name.slice(12)}`,
            perimeterGeojson,
          },
        },
        bearer(agent),
      );
      councils.push(r.data!.createCouncil);
    }
    for (let i = 0; i < 30; i++) {
      const r = await graphql<{ submitProposal: { id: string; council: Council } }>(
        api.url,
        `
          mutation ($input: SubmitProposalInput!) {
            submitProposal(input: $input) {
              id
              council {
                id
                slug
              }
            }
          }
        `,
        {
          input: {
            councilId: councils[i % 2].id,
            title: `Un banc au square, numéro ${i}`,
            body: 'Pour **tous** les voisins.',
            category: i % 3 ? 'ENVIRONMENT' : 'MOBILITY',
            publish: i !== 29, // the last one stays its author's draft
          },
        },
        bearer(author),
      );
      expect(r.errors).toBeUndefined();
      // A mutation's proposal has its council too (read with the proposal).
      expect(r.data!.submitProposal.council).toEqual(councils[i % 2]);
    }
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('reads a page with its councils and its total in one statement, whatever its size, order or filter', async () => {
    const fields = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title supportCount council { ${CARD_COUNCIL} } } }`;
    for (const args of [
      'first: 2',
      'first: 25',
      'search: "banc", first: 25',
      `councilId: "${councils[0].id}", status: PUBLISHED, orderBy: MOST_SUPPORTED, first: 25`,
      'category: MOBILITY, orderBy: RECENTLY_ACTIVE, first: 25',
    ])
      expect({ args, statements: await statements(args, fields) }).toEqual({ args, statements: 1 });
    // Without the total, or without the council: still one.
    expect(await statements('first: 25', 'edges { node { id council { name } } }')).toBe(1);
    expect(await statements('first: 25', 'totalCount')).toBe(1);
    // The council's details (charter, followers) are its own resolvers': one batch per page.
    expect(await statements('first: 25', 'edges { node { id council { followersCount } } }')).toBe(
      2,
    );
  });

  it('gives each card the council’s own fields, its perimeter when asked, and its details', async () => {
    const r = await list(
      'first: 30',
      `edges { node { id councilId council { ${CARD_COUNCIL} perimeterGeojson charter { supportThreshold } followersCount } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.proposals.edges).toHaveLength(29);
    const own = new Map<string, Council>();
    for (const { slug } of councils) {
      const c = await graphql<{ council: Council }>(
        api.url,
        `query($s: String!) { council(slug: $s) { ${CARD_COUNCIL} perimeterGeojson charter { supportThreshold } followersCount } }`,
        { s: slug },
      );
      own.set(c.data!.council.id, c.data!.council);
    }
    expect(own.get(councils[0].id)!.perimeterGeojson).toEqual(SQUARE);
    for (const { node } of r.data!.proposals.edges)
      expect(node.council).toEqual(own.get(node.councilId));
    // One proposal: its council too, read with it.
    const id = r.data!.proposals.edges[0].node.id;
    const one = await graphql<{ proposal: { councilId: string; council: Council } }>(
      api.url,
      `query($id: ID!) { proposal(id: $id) { councilId council { ${CARD_COUNCIL} perimeterGeojson charter { supportThreshold } followersCount } } }`,
      { id },
    );
    expect(one.data!.proposal.council).toEqual(own.get(one.data!.proposal.councilId));
    // Similar titles: the same council.
    const similar = await graphql<{ similarProposals: { councilId: string; council: Council }[] }>(
      api.url,
      `{ similarProposals(title: "Un banc au square") { councilId council { ${CARD_COUNCIL} } } }`,
    );
    expect(similar.data!.similarProposals.length).toBeGreaterThan(0);
    for (const p of similar.data!.similarProposals)
      expect(p.council).toEqual(
        Object.fromEntries(Object.keys(p.council).map((k) => [k, own.get(p.councilId)![k]])),
      );
  });

  it('counts exactly in the page’s statement: every page, past the end, the author’s own draft', async () => {
    const count = async (where: string, params: unknown[] = []) =>
      (
        (await dataSource().query(
          `SELECT count(*)::int AS n FROM proposal WHERE ${where}`,
          params,
        )) as {
          n: number;
        }[]
      )[0].n;
    const fields = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id } }';
    // Walk every page of a council's listing: the same exact total on each, past the end too.
    const seen: string[] = [];
    let after: string | null = null;
    const expected = await count(`status <> 'DRAFT' AND council_id = $1`, [councils[1].id]);
    for (;;) {
      const r: Awaited<ReturnType<typeof list>> = await list(
        `councilId: "${councils[1].id}", first: 4${after ? `, after: "${after}"` : ''}`,
        fields,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.proposals.totalCount).toBe(expected);
      seen.push(...r.data!.proposals.edges.map((e) => e.node.id));
      if (!r.data!.proposals.pageInfo.hasNextPage) {
        after = r.data!.proposals.pageInfo.endCursor;
        break;
      }
      after = r.data!.proposals.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(expected);
    const past = await list(`councilId: "${councils[1].id}", first: 4, after: "${after}"`, fields);
    expect(past.data!.proposals.edges).toEqual([]);
    expect(past.data!.proposals.totalCount).toBe(expected);
    // Its author counts (and sees) the draft; nobody else does.
    const everyone = await count(`status <> 'DRAFT'`);
    expect((await list('first: 1', 'totalCount')).data!.proposals.totalCount).toBe(everyone);
    expect((await list('first: 1', 'totalCount', author)).data!.proposals.totalCount).toBe(
      everyone + 1,
    );
    // A search counts its matches, an empty search's page still has its total.
    const none = await list('search: "xylophone", first: 5', fields);
    expect(none.data!.proposals).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
    expect((await list('search: "banc"', 'totalCount')).data!.proposals.totalCount).toBe(everyone);
  });
});
