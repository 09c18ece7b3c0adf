import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, TOWN_TIME_ZONE } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { bearer, newAgent, newVerifiedResident, TestAccount } from './support/factories';
import { countStatements } from './support/sql-statements';
import {
  clock,
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

/**
 * Issue 14 and 16: answers to anonymous public reads are kept while the database has not changed
 * (apps/api/src/graphql/public-read-cache.ts). What is proven here: a kept answer costs one
 * statement, and it is never older than the database, whoever wrote (this instance, another one,
 * SQL from outside), for anyone who is not anonymous, on another day, or under a moved clock.
 */
const LISTING = `query Listing($first: Int) { proposals(first: $first) { totalCount edges { node { id title supportCount viewerSupports } } } }`;
type Listing = {
  proposals: {
    totalCount: number;
    edges: { node: { id: string; title: string; supportCount: number; viewerSupports: boolean } }[];
  };
};

describe('Public reads: answers kept while the database is unchanged', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let other: RunningApi;
  let agent: TestAccount;
  let residents: TestAccount[];
  let councilId: string;
  let proposalId: string;

  const statementsOf = async <T>(
    on: RunningApi,
    query: string,
    variables: Record<string, unknown> = {},
    who?: TestAccount,
  ) => {
    let answer: Awaited<ReturnType<typeof graphql<T>>> | undefined;
    const n = await countStatements(on.app.get<DataSource>(getDataSourceToken()), async () => {
      answer = await graphql<T>(on.url, query, variables, who ? bearer(who) : {});
    });
    expect(answer!.errors).toBeUndefined();
    return { n, data: answer!.data! };
  };
  const listing = (on: RunningApi = api, who?: TestAccount) =>
    statementsOf<Listing>(on, LISTING, { first: 5 }, who);
  /**
   * The listing read twice with no transaction ended in between, anywhere in the cluster: then the
   * second is the kept answer. PostgreSQL's snapshot is the cluster's, and the other test files
   * write in their own databases meanwhile (each of their writes is a miss here, as it should be),
   * so a pair that such a write separated says nothing and is read again.
   */
  const twiceUnchanged = async () => {
    const version = () => api.app.get(TransactionService).version();
    for (let attempt = 0; attempt < 200; attempt++) {
      const before = await version();
      const first = await listing();
      const second = await listing();
      if ((await version()) === before) return { first, second };
      // Next to a file that writes without a pause: wait for a lull rather than spin.
      await new Promise((r) => setTimeout(r, Math.min(5 * attempt, 50)));
    }
    throw new Error('Every pair of reads was separated by a write: no quiet moment in 200 tries');
  };
  const support = async (who: TestAccount) => {
    const r = await graphql(
      api.url,
      'mutation($id: ID!) { supportProposal(id: $id) { proposal { supportCount } } }',
      { id: proposalId },
      bearer(who),
    );
    expect(r.errors).toBeUndefined();
  };
  const submit = async (title: string) => {
    const r = await graphql<{ submitProposal: { id: string } }>(
      api.url,
      'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      {
        input: {
          councilId,
          title,
          body: 'Pour les voisins.',
          category: 'ENVIRONMENT',
          publish: true,
        },
      },
      bearer(residents[0]),
    );
    expect(r.errors).toBeUndefined();
    return r.data!.submitProposal.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    [api, other] = [await startApi(config), await startApi(config)];
    agent = await newAgent(config, db.url);
    const council = await graphql<{ createCouncil: { id: string } }>(
      api.url,
      `
        mutation {
          createCouncil(
            input: {
              name: "Conseil des Saules"
              slug: "saules"
              neighbourhood: "Les Saules"
              perimeterDescription: "Autour du lavoir"
            }
          ) {
            id
          }
        }
      `,
      {},
      bearer(agent),
    );
    councilId = council.data!.createCouncil.id;
    residents = [];
    for (let i = 0; i < 4; i++)
      residents.push(await newVerifiedResident(config, db.url, { neighbourhood: 'les saules' }));
    proposalId = await submit('Des bancs près du lavoir');
  });
  afterAll(async () => {
    await api?.close();
    await other?.close();
    await db?.drop();
  });

  it('gives a read again for one statement while nothing is written, and reads anew after any write', async () => {
    expect((await listing()).n).toBe(3); // the version, the page, the version again
    const { first, second: again } = await twiceUnchanged();
    expect(again.n).toBe(1); // the version alone
    expect(again.data).toEqual(first.data);
    // Other variables or another operation: another answer.
    expect((await statementsOf(api, LISTING, { first: 6 })).n).toBe(3);

    // A support through this instance: the very next read counts it.
    await support(residents[1]);
    const after = await listing();
    expect(after.n).toBe(3);
    expect(after.data.proposals.edges[0].node.supportCount).toBe(
      first.data.proposals.edges[0].node.supportCount + 1,
    );
    // Through the other instance: this one's kept answer is not given.
    await listing();
    const r = await graphql(
      other.url,
      'mutation($id: ID!) { supportProposal(id: $id) { proposal { supportCount } } }',
      { id: proposalId },
      bearer(residents[2]),
    );
    expect(r.errors).toBeUndefined();
    expect((await listing()).data.proposals.edges[0].node.supportCount).toBe(
      first.data.proposals.edges[0].node.supportCount + 2,
    );
  });

  it('sees a write made outside the API (SQL), and a rollback costs only a miss', async () => {
    const { first: before, second: kept } = await twiceUnchanged();
    expect(kept.n).toBe(1);
    const sql = new Client({ connectionString: db.ownerUrl });
    await sql.connect();
    try {
      await sql.query(`UPDATE proposal SET title = 'Des bancs et des arbres' WHERE id = $1`, [
        proposalId,
      ]);
      const renamed = await listing();
      expect(renamed.n).toBe(3);
      expect(renamed.data.proposals.edges.find((e) => e.node.id === proposalId)!.node.title).toBe(
        'Des bancs et des arbres',
      );
      // A transaction that ended without a change still ends the kept answers (read again, the same).
      await sql.query('BEGIN');
      await sql.query(`UPDATE proposal SET title = 'Jamais' WHERE id = $1`, [proposalId]);
      await sql.query('ROLLBACK');
      const same = await listing();
      expect(same.n).toBe(3);
      expect(same.data).toEqual(renamed.data);
    } finally {
      await sql.end();
    }
    expect(before.data.proposals.totalCount).toBe(1);
  });

  it('keeps nothing for a signed-in caller, a mutation, a root outside the public ones, or an error', async () => {
    await support(residents[3]);
    // Signed in: the caller's own fields, read each time.
    const mine = await listing(api, residents[3]);
    expect(mine.data.proposals.edges[0].node.viewerSupports).toBe(true);
    expect((await listing(api, residents[3])).n).toBeGreaterThan(1);
    // The anonymous answer is not the signed-in one, nor the other way round.
    expect((await listing()).data.proposals.edges[0].node.viewerSupports).toBe(false);
    expect((await listing(api, residents[3])).data.proposals.edges[0].node.viewerSupports).toBe(
      true,
    );
    // A root that is not public with a public one: not kept.
    const mixed = `{ proposals(first: 1) { totalCount } meetings(first: 1) { totalCount } }`;
    await statementsOf(api, mixed);
    expect((await statementsOf(api, mixed)).n).toBeGreaterThan(1);
    // An error (an unknown proposal): asked again, answered again, never from a kept answer.
    const unknown = 'query($id: ID!) { proposal(id: $id) { id } }';
    const missing = { id: '00000000-0000-4000-8000-000000000000' };
    for (let i = 0; i < 2; i++) {
      const r = await graphql(api.url, unknown, missing);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('keys answers by the town’s day, and keeps none under a moved clock', async () => {
    // The day is part of the version: an answer read before midnight is not given after it.
    const version = await api.app.get(TransactionService).version();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: TOWN_TIME_ZONE }).format(new Date());
    expect(version).toMatch(new RegExp(`^\\d+:\\d+:[\\d,]* ${day}$`));
    const id = await submit('Un composteur partagé');
    const { first: today, second: kept } = await twiceUnchanged();
    expect(today.data.proposals.edges.some((e) => e.node.id === id)).toBe(true);
    expect(kept.n).toBe(1);
    // The test clock (as the deadlines' tests move it): every read runs as without the cache.
    clock.travel(3 * 86_400_000);
    expect(await api.app.get(TransactionService).version()).toBeNull();
    const later = await listing();
    expect(later.n).toBeGreaterThan(1);
    expect((await listing()).n).toBe(later.n);
    expect(later.data).toEqual(today.data);
  });

  it('can be turned off (PUBLIC_READ_CACHE_MB=0)', async () => {
    const off = await startApi(testConfig({ DATABASE_URL: db.url, PUBLIC_READ_CACHE_MB: '0' }));
    try {
      await listing(off);
      expect((await listing(off)).n).toBe(1); // the page alone, no version
      expect((await listing(off)).n).toBe(1);
    } finally {
      await off.close();
    }
  });
});
