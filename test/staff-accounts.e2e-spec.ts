import { AppConfig } from '@quorum/core';
import { bearer, newAdmin, newAgent, newVerifiedResident, TestAccount } from './support/factories';
import { sql } from './support/meeting-fixtures';
import {
  codeOf,
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

interface StaffPage {
  staffAccounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; displayName: string; role: string } }[];
  };
}
const STAFF = `query($first: Int, $after: String) { staffAccounts(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName role } } } }`;

/** Issue 17: admins see who holds the town hall's roles, to take one back. */
describe('staffAccounts: the agents and admins, for admins', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let admin: TestAccount;
  let agents: TestAccount[];
  let resident: TestAccount;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    admin = await newAdmin(config, db.url);
    agents = [await newAgent(config, db.url), await newAgent(config, db.url)];
    resident = await newVerifiedResident(config, db.url);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('lists agents and admins by name, a page at a time, never residents or deleted accounts, and audits the listing', async () => {
    const gone = await newAgent(config, db.url);
    await sql(db.url, `UPDATE account SET deleted_at = now() WHERE id = $1`, [gone.id]);
    const ask = (variables: Record<string, unknown>) =>
      graphql<StaffPage>(api.url, STAFF, variables, bearer(admin));

    const all = await ask({ first: 10 });
    expect(all.errors).toBeUndefined();
    const ids = all.data!.staffAccounts.edges.map((e) => e.node.id);
    expect(ids.sort()).toEqual([admin.id, ...agents.map((a) => a.id)].sort());
    expect(all.data!.staffAccounts.totalCount).toBe(3);
    expect(ids).not.toContain(resident.id);
    const names = all.data!.staffAccounts.edges.map((e) => e.node.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    const first = await ask({ first: 2 });
    expect(first.data!.staffAccounts.pageInfo.hasNextPage).toBe(true);
    const rest = await ask({ first: 2, after: first.data!.staffAccounts.pageInfo.endCursor });
    expect(
      [...first.data!.staffAccounts.edges, ...rest.data!.staffAccounts.edges].map((e) => e.node.id),
    ).toEqual(all.data!.staffAccounts.edges.map((e) => e.node.id));
    expect(rest.data!.staffAccounts.pageInfo.hasNextPage).toBe(false);

    const audited = await sql<{ actor_id: string; after: unknown }>(
      db.url,
      `SELECT actor_id, after FROM audit_log WHERE action = 'account.staff-listed' ORDER BY id`,
    );
    expect(audited).toEqual([
      { actor_id: admin.id, after: { nextPage: false, totalCount: 3 } },
      { actor_id: admin.id, after: { nextPage: false, totalCount: 3 } },
      { actor_id: admin.id, after: { nextPage: true, totalCount: 3 } },
    ]);
  });

  it('refuses agents and residents, and a cursor it did not give', async () => {
    for (const who of [agents[0], resident])
      expect(codeOf(await graphql(api.url, STAFF, {}, bearer(who)))).toBe('FORBIDDEN');
    expect(codeOf(await graphql(api.url, STAFF, { after: 'nope' }, bearer(admin)))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
