import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { DataSource } from 'typeorm';
import { bearer, newAgent, newResident } from './support/factories';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

describe('Personal data: export and erasure (GDPR)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const dataSource = () => api.app.get<DataSource>(getDataSourceToken());

  /** Every text-like column of every table holding `needle` (case-insensitive), as table.column. */
  async function columnsHolding(needle: string): Promise<string[]> {
    const columns: { table_name: string; column_name: string }[] = await dataSource().query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
    );
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [{ n }] = await dataSource().query(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE '%' || $1 || '%'`,
        [needle],
      );
      if (n > 0) found.push(`${table_name}.${column_name}`);
    }
    return found;
  }

  it('exports what is held, then erases every trace of the e-mail and name, keeping an anonymous row', async () => {
    const person = await newResident(config, db.url, { displayName: 'Gwendoline Testperson' });
    const agent = await newAgent(config, db.url);
    await graphql(
      api.url,
      `
        mutation {
          importCensus(
            input: {
              csv: "nom,prenoms,date_naissance,quartier\\nTestperson,Gwendoline,1980-01-01,Nord"
            }
          ) {
            accepted
          }
        }
      `,
      {},
      bearer(agent),
    );
    const claim = await graphql(
      api.url,
      `
        mutation {
          claimResidency(
            input: {
              lastName: "Testperson"
              firstNames: "Gwendoline"
              birthDate: "1980-01-01"
              neighbourhood: "Nord"
            }
          ) {
            id
          }
        }
      `,
      {},
      bearer(person),
    );
    expect(claim.errors).toBeUndefined();
    // They follow a council (held by the councils lib, erased through its personal data section).
    const council = await graphql<{ createCouncil: { id: string } }>(
      api.url,
      `
        mutation {
          createCouncil(
            input: {
              name: "Conseil du Nord"
              slug: "conseil-du-nord"
              neighbourhood: "Nord"
              perimeterDescription: "Nord"
            }
          ) {
            id
          }
        }
      `,
      {},
      bearer(agent),
    );
    const follow = await graphql(
      api.url,
      `
        mutation ($id: ID!) {
          followCouncil(councilId: $id) {
            following
          }
        }
      `,
      { id: council.data!.createCouncil.id },
      bearer(person),
    );
    expect(follow.errors).toBeUndefined();
    // An e-mail to them went through the outbox too.
    await graphql(
      api.url,
      `
        mutation ($e: String!) {
          requestPasswordReset(email: $e) {
            ok
          }
        }
      `,
      { e: person.email },
    );

    const exported = await graphql<{ exportMyData: Record<string, { email?: string }> }>(
      api.url,
      '{ exportMyData }',
      {},
      bearer(person),
    );
    expect(exported.data!.exportMyData.account).toMatchObject({
      email: person.email,
      displayName: 'Gwendoline Testperson',
      residencyNeighbourhood: 'nord',
    });
    expect(JSON.stringify(exported.data)).not.toMatch(/argon2|password_hash|token_hash/);
    expect(exported.data!.exportMyData.councils).toMatchObject({
      follows: [{ slug: 'conseil-du-nord' }],
    });
    expect(await columnsHolding(person.email)).toEqual(['account.email']);

    const wrong = await graphql(
      api.url,
      `
        mutation {
          deleteMyAccount(password: "not my password")
        }
      `,
      {},
      bearer(person),
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const deleted = await graphql(
      api.url,
      `
        mutation ($p: String!) {
          deleteMyAccount(password: $p)
        }
      `,
      { p: person.password },
      bearer(person),
    );
    expect(deleted.data).toEqual({ deleteMyAccount: true });

    expect(await columnsHolding(person.email)).toEqual([]);
    expect(await columnsHolding('Gwendoline')).toEqual([]);
    expect(await columnsHolding('Testperson')).toEqual([]);
    const [row] = await dataSource().query(
      'SELECT display_name, deleted_at FROM account WHERE id = $1',
      [person.id],
    );
    expect(row.display_name).toBe('Participant·e anonyme');
    expect(row.deleted_at).not.toBeNull();
    // Signed out, and the census entry can be claimed again by its rightful owner.
    expect(
      (await graphql(api.url, '{ me { id } }', {}, bearer(person))).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    const [entry] = await dataSource().query(
      'SELECT count(*)::int AS n FROM census_entry WHERE claimed_by IS NULL',
    );
    expect(entry.n).toBe(1);
    const [follows] = await dataSource().query(
      'SELECT count(*)::int AS n FROM council_follower WHERE account_id = $1',
      [person.id],
    );
    expect(follows.n).toBe(0);
  });
});
