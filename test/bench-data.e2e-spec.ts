import { Client } from 'pg';
import {
  BENCH_PASSWORD,
  datasetChecksum,
  DatasetSummary,
  generateDataset,
  residentEmail,
} from '../bench/data/generate';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const SCALE = 0.02;
// Both runs count back from the same instant (the views read the real clock: in office today).
const NOW = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');

/** Rows of the dataset that break a rule; each query must return none. */
const INCONSISTENCIES: Record<string, string> = {
  'support_count is the count of supports': `
    SELECT p.id FROM proposal p LEFT JOIN proposal_support s ON s.proposal_id = p.id
     GROUP BY p.id HAVING p.support_count <> count(s.account_id)`,
  'supporters are verified residents of the council’s neighbourhood': `
    SELECT s.proposal_id FROM proposal_support s JOIN proposal p ON p.id = s.proposal_id
      JOIN council c ON c.id = p.council_id JOIN account a ON a.id = s.account_id
     WHERE a.residency_neighbourhood IS DISTINCT FROM c.neighbourhood OR a.residency_verified_at IS NULL`,
  'authors live in the council’s neighbourhood': `
    SELECT p.id FROM proposal p JOIN council c ON c.id = p.council_id JOIN account a ON a.id = p.author_id
     WHERE a.residency_neighbourhood IS DISTINCT FROM c.neighbourhood`,
  'proposals below the threshold have not qualified, the others have': `
    SELECT id FROM proposal
     WHERE (status IN ('PUBLISHED', 'EXPIRED', 'WITHDRAWN') AND support_count >= support_threshold)
        OR (status IN ('QUALIFIED', 'ON_AGENDA', 'ADOPTED', 'REJECTED', 'ANSWERED', 'IMPLEMENTED')
            AND (support_count < support_threshold OR qualified_at IS NULL))
        OR (status = 'DRAFT' AND (published_at IS NOT NULL OR support_count > 0))
        OR (status = 'PUBLISHED' AND expires_at <= '${NOW.toISOString()}')`,
  'answers are given to adopted proposals only': `
    SELECT id FROM proposal
     WHERE (answer IS NOT NULL) <> (status IN ('ANSWERED', 'IMPLEMENTED'))
        OR (decided_at IS NOT NULL) <> (status IN ('ADOPTED', 'REJECTED', 'ANSWERED', 'IMPLEMENTED'))`,
  'replies answer a top-level comment of the same proposal': `
    SELECT c.id FROM comment c JOIN comment parent ON parent.id = c.parent_id
     WHERE parent.parent_id IS NOT NULL OR parent.proposal_id <> c.proposal_id OR parent.created_at >= c.created_at`,
  'decided proposals were voted on by their council': `
    SELECT p.id FROM proposal p
     WHERE p.status IN ('ADOPTED', 'REJECTED', 'ANSWERED', 'IMPLEMENTED')
       AND NOT EXISTS (SELECT 1 FROM agenda_item i JOIN ballot b ON b.agenda_item_id = i.id
                        JOIN meeting m ON m.id = i.meeting_id
                       WHERE i.proposal_id = p.id AND m.council_id = p.council_id
                         AND b.adopted = (p.status <> 'REJECTED'))`,
  'public ballots count their votes': `
    SELECT b.id FROM ballot b LEFT JOIN ballot_vote v ON v.ballot_id = b.id WHERE NOT b.secret
     GROUP BY b.id HAVING b.for_count <> count(*) FILTER (WHERE v.choice = 'FOR')
        OR b.against_count <> count(*) FILTER (WHERE v.choice = 'AGAINST')
        OR b.abstain_count <> count(*) FILTER (WHERE v.choice = 'ABSTAIN')
        OR b.present_count <> count(v.voter_id)`,
  'secret ballots count their voters and tally': `
    SELECT b.id FROM ballot b JOIN ballot_secret_tally t ON t.ballot_id = b.id
     WHERE b.for_count <> t.for_count OR b.against_count <> t.against_count OR b.abstain_count <> t.abstain_count
        OR b.present_count <> (SELECT count(*) FROM ballot_voter v WHERE v.ballot_id = b.id)
        OR NOT b.secret OR EXISTS (SELECT 1 FROM ballot_vote v WHERE v.ballot_id = b.id)`,
  'ballots are closed with their result': `
    SELECT id FROM ballot WHERE status <> 'CLOSED' OR adopted <> (quorum_held AND for_count > against_count)`,
  'voters were present, or represented by a present member': `
    SELECT v.ballot_id FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id
      JOIN attendance a ON a.meeting_id = b.meeting_id AND a.account_id = v.voter_id
     WHERE NOT ((a.status = 'PRESENT' AND v.cast_by = v.voter_id)
             OR (a.status = 'REPRESENTED' AND v.cast_by = a.proxy_holder_id))`,
  'published minutes carry the hash of their document': `
    SELECT id FROM minutes WHERE status = 'PUBLISHED'
       AND (document IS NULL OR content_hash <> encode(sha256(convert_to(document, 'UTF8')), 'hex'))`,
  'adopted minutes were adopted by a ballot on them': `
    SELECT m.id FROM minutes m WHERE m.status IN ('ADOPTED', 'PUBLISHED')
       AND NOT EXISTS (SELECT 1 FROM ballot b JOIN agenda_item i ON i.id = b.agenda_item_id
                        WHERE b.id = m.adopted_by_ballot_id AND i.minutes_id = m.id AND b.adopted)`,
  'every council has its 21 members in office, one chair': `
    SELECT c.id FROM council c
     WHERE (SELECT count(*) FROM council_member_in_office o WHERE o.council_id = c.id) <> 21
        OR (SELECT count(*) FROM council_member_in_office o WHERE o.council_id = c.id AND o.role = 'CHAIR') <> 1`,
};

describe('the city-scale dataset (bench/data)', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let summary: DatasetSummary;
  let api: RunningApi;
  let db: Client;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    summary = await generateDataset(first.ownerUrl, { scale: SCALE, seed: 42, now: NOW });
    await generateDataset(second.ownerUrl, { scale: SCALE, seed: 42, now: NOW });
    db = new Client({ connectionString: first.url });
    await db.connect();
    api = await startApi(testConfig({ DATABASE_URL: first.url }));
  });
  afterAll(async () => {
    await api?.close();
    await db?.end();
    await first?.drop();
    await second?.drop();
  });

  it('has the volumes of its scale', () => {
    expect(summary.counts).toMatchObject({
      account: 2004,
      council: 10,
      council_membership: 210,
      council_follower: 1000,
      proposal: 400,
      comment: 4000,
      meeting: 30,
      audit_log: 0,
      outbox_event: 0,
    });
    // Supports are capped below the neighbourhood's size (200 residents at this scale).
    expect(summary.counts.proposal_support).toBeGreaterThan(10_000);
    expect(summary.busiestProposalComments).toBe(120);
  });

  it.each(Object.keys(INCONSISTENCIES))('is consistent: %s', async (rule) => {
    expect((await db.query(INCONSISTENCIES[rule])).rows).toEqual([]);
  });

  it('has proposals in every status', async () => {
    const { rows } = await db.query<{ status: string }>(
      `SELECT DISTINCT status FROM proposal ORDER BY status`,
    );
    expect(rows.map((r) => r.status)).toEqual(
      [
        'ADOPTED',
        'ANSWERED',
        'DRAFT',
        'EXPIRED',
        'IMPLEMENTED',
        'ON_AGENDA',
        'PUBLISHED',
        'QUALIFIED',
        'REJECTED',
        'WITHDRAWN',
      ].sort(),
    );
  });

  it('gives the same rows for the same seed, other rows for another', async () => {
    expect(await datasetChecksum(first.url)).toBe(await datasetChecksum(second.url));
    await second.drop();
    second = await createTestDatabase();
    await generateDataset(second.ownerUrl, { scale: SCALE, seed: 43, now: NOW });
    expect(await datasetChecksum(second.url)).not.toBe(await datasetChecksum(first.url));
  });

  it('is served by the API: listings, search, and a resident signing in', async () => {
    const list = await graphql<{
      proposals: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      api.url,
      `
        {
          proposals(first: 20) {
            totalCount
            edges {
              node {
                id
                title
                supportCount
              }
            }
          }
        }
      `,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.proposals.edges).toHaveLength(20);
    const search = await graphql<{ proposals: { edges: unknown[] } }>(
      api.url,
      `
        {
          proposals(search: "velo", first: 5) {
            edges {
              node {
                id
                title
              }
            }
          }
        }
      `,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.proposals.edges.length).toBeGreaterThan(0);
    const login = await graphql<{ login: { account: { displayName: string } } }>(
      api.url,
      `
        mutation ($input: LoginInput!) {
          login(input: $input) {
            account {
              displayName
            }
          }
        }
      `,
      { input: { email: residentEmail(7), password: BENCH_PASSWORD } },
    );
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.account.displayName).toBeTruthy();
  });
});
