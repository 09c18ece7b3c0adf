import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { DataSource } from 'typeorm';
import { bearer, newAdmin, newAgent, newResident, TestAccount } from './support/factories';
import {
  codeOf,
  createTestDatabase,
  graphql,
  reasonOf,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const SET_ROLE = `mutation($input: SetAccountRoleInput!) { setAccountRole(input: $input) { id role } }`;
/** An operation for agents only, to see what a token may do. */
const AGENTS_ONLY = `{ contestedResidencyClaims(first: 1) { totalCount } }`;

describe('Platform roles, managed by admins', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    dataSource = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const setRole = (by: TestAccount, accountId: string, role: string) =>
    graphql<{ setAccountRole: { id: string; role: string } }>(
      api.url,
      SET_ROLE,
      { input: { accountId, role } },
      bearer(by),
    );
  const adminCount = async () =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS n FROM account WHERE role = 'ADMIN' AND deleted_at IS NULL`,
      )
    )[0].n as number;

  it('lets an admin make an agent and take the role back, audited, at once for open sessions', async () => {
    const admin = await newAdmin(config, db.url);
    const person = await newResident(config, db.url);
    expect(codeOf(await graphql(api.url, AGENTS_ONLY, {}, bearer(person)))).toBe('FORBIDDEN');

    expect((await setRole(admin, person.id, 'AGENT')).data).toEqual({
      setAccountRole: { id: person.id, role: 'AGENT' },
    });
    // The token signed before the change: roles are read on every request, not from the token.
    expect((await graphql(api.url, AGENTS_ONLY, {}, bearer(person))).errors).toBeUndefined();

    expect((await setRole(admin, person.id, 'RESIDENT')).data).toEqual({
      setAccountRole: { id: person.id, role: 'RESIDENT' },
    });
    expect(codeOf(await graphql(api.url, AGENTS_ONLY, {}, bearer(person)))).toBe('FORBIDDEN');

    const audit = await dataSource.query(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'account.role-changed' AND object_id = $1 ORDER BY id`,
      [person.id],
    );
    expect(audit).toEqual([
      { actor_id: admin.id, before: { role: 'RESIDENT' }, after: { role: 'AGENT' } },
      { actor_id: admin.id, before: { role: 'AGENT' }, after: { role: 'RESIDENT' } },
    ]);
  });

  it('refuses it to agents, and says when the account does not exist', async () => {
    const agent = await newAgent(config, db.url);
    const person = await newResident(config, db.url);
    expect(codeOf(await setRole(agent, person.id, 'AGENT'))).toBe('FORBIDDEN');
    const admin = await newAdmin(config, db.url);
    expect(codeOf(await setRole(admin, '00000000-0000-4000-8000-000000000000', 'AGENT'))).toBe(
      'NOT_FOUND',
    );
  });

  it('never leaves the platform without an admin, even when two admins demote each other at once', async () => {
    // From here on, the admins are the ones this test makes.
    await dataSource.query(`UPDATE account SET role = 'AGENT' WHERE role = 'ADMIN'`);
    let survivor = await newAdmin(config, db.url);
    const last = await setRole(survivor, survivor.id, 'AGENT');
    expect(codeOf(last)).toBe('PRECONDITION_FAILED');
    expect(reasonOf(last)).toBe('LAST_ADMIN');
    expect(last.errors![0].message).toMatch(/dernier compte administrateur/);

    for (let round = 0; round < 5; round++) {
      const other = await newResident(config, db.url);
      expect((await setRole(survivor, other.id, 'ADMIN')).errors).toBeUndefined();
      expect(await adminCount()).toBe(2);
      const [a, b] = await Promise.all([
        setRole(survivor, other.id, 'AGENT'),
        setRole(other, survivor.id, 'AGENT'),
      ]);
      expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
      expect(await adminCount()).toBe(1);
      survivor = a.errors ? other : survivor;
    }
  });

  it('keeps the last admin from deleting their account, and lets one of two leave', async () => {
    await dataSource.query(`UPDATE account SET role = 'AGENT' WHERE role = 'ADMIN'`);
    const only = await newAdmin(config, db.url);
    const remove = (who: TestAccount) =>
      graphql(
        api.url,
        `
          mutation ($p: String!) {
            deleteMyAccount(password: $p)
          }
        `,
        { p: who.password },
        bearer(who),
      );
    const refused = await remove(only);
    expect([codeOf(refused), reasonOf(refused)]).toEqual(['PRECONDITION_FAILED', 'LAST_ADMIN']);
    expect(await adminCount()).toBe(1);
    const second = await newAdmin(config, db.url);
    expect((await remove(only)).errors).toBeUndefined();
    expect(await adminCount()).toBe(1);
    expect(codeOf(await remove(second))).toBe('PRECONDITION_FAILED');
  });
});
