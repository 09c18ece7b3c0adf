import { Client } from 'pg';
import {
  countSql,
  listingPrepared,
  listingSql,
  ProposalFilters,
} from '@quorum/proposals/proposal.repository';
import { ProposalOrder } from '@quorum/proposals/proposal.types';
import { pagesOfSql } from '@quorum/proposals/comments/comment.repository';
import { audiences, AudienceRepository } from '@quorum/notifications/fan-out/audience.repository';
import type { EntityManager } from 'typeorm';
import { SessionRepository } from '@quorum/identity/auth/session.repository';
import { ProposalRepository } from '@quorum/proposals/proposal.repository';
import { SupportRepository } from '@quorum/proposals/supports/support.repository';
import { CommentRepository } from '@quorum/proposals/comments/comment.repository';
import { generateDataset } from '../bench/data/generate';
import { createTestDatabase, TestDatabase } from './support/test-env';

/** The city-scale dataset of the benchmarks (20,000 proposals, 200,000 comments), seed fixed. */
const SCALE = 1;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

/** The relations a plan reads by a sequential scan. */
function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) out.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

describe('Listing plans on a city-scale dataset', () => {
  let db: TestDatabase;
  let client: Client;
  const plan = async (sql: { text: string; values: unknown[] }): Promise<string[]> => {
    const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `EXPLAIN (FORMAT JSON) ${sql.text}`,
      sql.values,
    );
    return seqScans(rows[0]['QUERY PLAN'][0].Plan);
  };

  /** The plan PostgreSQL keeps for every call once it prefers the generic one (PostgreSQL ≥ 16). */
  const genericPlan = async (text: string): Promise<string[]> => {
    const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${text}`,
    );
    return seqScans(rows[0]['QUERY PLAN'][0].Plan);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateDataset(db.ownerUrl, { scale: SCALE, seed: 42 });
    client = new Client({ connectionString: db.url });
    await client.connect();
  }, 600_000);

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('reads proposal (and proposal_search) through an index for every order, filter, cursor and viewer', async () => {
    const { rows } = await client.query<{ council_id: string; author_id: string }>(
      `SELECT council_id, author_id FROM proposal WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
    );
    const [{ council_id: councilId, author_id: authorId }] = rows;
    const filterSets: Omit<ProposalFilters, 'viewerId'>[] = [
      {},
      { councilId },
      { status: 'PUBLISHED' },
      { status: 'IMPLEMENTED' },
      { status: 'HIDDEN' },
      { councilId, status: 'PUBLISHED' },
      { councilId, status: 'QUALIFIED' },
      { category: 'MOBILITY' },
      { councilId, category: 'SAFETY' },
      { authorId },
      { search: 'vélo' },
      { search: 'vélo', councilId },
    ];
    const cursors: Record<ProposalOrder, string> = {
      NEWEST: '2025-06-01 12:00:00+00',
      MOST_SUPPORTED: '40',
      RECENTLY_ACTIVE: '2025-06-01 12:00:00+00',
      RELEVANCE: '0.5',
    };
    const refused: string[] = [];
    for (const base of filterSets) {
      for (const viewerId of [null, authorId]) {
        const filters = { ...base, viewerId };
        const orders = Object.values(ProposalOrder).filter(
          (order) => order !== ProposalOrder.RELEVANCE || filters.search,
        );
        for (const orderBy of orders) {
          for (const after of [
            null,
            { key: cursors[orderBy], id: 'ffffffff-0000-4000-8000-000000000000' },
          ]) {
            // The page alone, and with its total in the same statement (what the API sends).
            for (const withTotal of [false, true]) {
              const listing = { filters, orderBy, after, limit: 21, withBodies: false, withTotal };
              const sql = listingSql(listing);
              const shape = `${orderBy} ${JSON.stringify(filters)} after=${after !== null} total=${withTotal}`;
              const scans = await plan(sql);
              if (scans.includes('proposal') || scans.includes('proposal_search'))
                refused.push(shape);
              // A prepared listing may run from its generic plan: that one too.
              if (listingPrepared(listing) && (await genericPlan(sql.text)).includes('proposal'))
                refused.push(`generic plan of ${shape}`);
            }
          }
        }
        const countScans = await plan(countSql(filters));
        if (countScans.includes('proposal') || countScans.includes('proposal_search'))
          refused.push(`totalCount ${JSON.stringify(filters)}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('reads a page of comments of the busiest proposals through the index', async () => {
    const { rows } = await client.query<{ proposal_id: string }>(
      `SELECT proposal_id FROM comment GROUP BY proposal_id ORDER BY count(*) DESC, proposal_id LIMIT 20`,
    );
    const ids = rows.map((row) => row.proposal_id);
    expect(await plan(pagesOfSql(ids, null, 51))).not.toContain('comment');
    expect(
      await plan(
        pagesOfSql(ids.slice(0, 1), { createdAt: '2025-06-01 12:00:00+00', id: ids[0] }, 51),
      ),
    ).not.toContain('comment');
  });

  it("reads the town hall's accounts for an agents' notice without scanning every account", async () => {
    // The statements of one fan-out page, as the repository sends them (captured, not run).
    const sent: { text: string; values: unknown[] }[] = [];
    const em = {
      query: (text: string, values: unknown[]) => {
        sent.push({ text, values });
        return Promise.resolve([]);
      },
    } as unknown as EntityManager;
    const repository = new AudienceRepository();
    const agents = { sql: audiences.agents(), params: [] };
    await repository.pageEnd(em, agents, null, 5000);
    await repository.pageEnd(em, agents, 'ffffffff-0000-4000-8000-000000000000', 5000);
    const pages = [
      repository.pageSql(agents, null, null),
      repository.pageSql(agents, null, 'ffffffff-0000-4000-8000-000000000000'),
    ].map((page) => ({ text: page.people, values: page.params }));
    for (const statement of [...sent, ...pages])
      expect(await plan(statement)).not.toContain('account');
  });

  it('runs the prepared statements from generic plans that use the indexes', async () => {
    // What queryRows sends (prepared ones as pg's { name, text } config), captured, not run.
    const sent: { text: string; values: unknown[] }[] = [];
    const capture = (query: string | { text: string }, values: unknown[]) => {
      sent.push({ text: typeof query === 'string' ? query : query.text, values });
      return Promise.resolve({ records: [] });
    };
    const em = { queryRunner: { query: capture } } as unknown as EntityManager;
    const id = 'ffffffff-0000-4000-8000-000000000000';
    await new SessionRepository().withAccount(em, id, id);
    await new ProposalRepository().byId(em, id);
    await new SupportRepository().lock(em, id);
    await new SupportRepository().add(em, id, id);
    await new SupportRepository().remove(em, id, id);
    await new CommentRepository().pagesOf(em, [id], null, 21);
    await new CommentRepository().pagesOf(
      em,
      [id],
      { createdAt: '2025-06-01 12:00:00+00', id },
      21,
    );
    await new CommentRepository().countsOf(em, [id]);
    expect(sent).toHaveLength(8);
    const scanned: string[] = [];
    for (const { text } of sent) {
      const scans = (await genericPlan(text)).filter((relation) =>
        // Not `session`: the dataset has none, and an empty table is rightly scanned.
        ['account', 'proposal', 'proposal_support', 'comment'].includes(relation),
      );
      if (scans.length > 0) scanned.push(`${scans.join(', ')}: ${text.slice(0, 80)}`);
    }
    expect(scanned).toEqual([]);
  });
});
