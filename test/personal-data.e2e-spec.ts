import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { PersonalDataService } from '@quorum/identity';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/create-api-app';
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
      // Stored data only: a read view holds nothing of its own.
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
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

    // Their notifications: one in the inbox, sent in a digest, and an e-mail choice.
    await dataSource().query(
      `WITH n AS (
         INSERT INTO notification (event_id, event_type, account_id, title, body, link)
         VALUES (1, 'comment.replied', $1, 'Réponse à votre commentaire', 'Gwendoline, on vous a répondu.', 'http://quorum.test/')
         RETURNING id, event_id, event_type, account_id)
       , d AS (INSERT INTO notification_digest (account_id, sent_at) VALUES ($1, now()) RETURNING id)
       INSERT INTO notification_email (notification_id, event_id, event_type, account_id, status, digest_id)
       SELECT n.id, n.event_id, n.event_type, n.account_id, 'DIGESTED', d.id FROM n, d`,
      [person.id],
    );
    const chose = await graphql(
      api.url,
      `
        mutation {
          updateNotificationPreferences(
            input: { preferences: [{ event: COMMENT_REPLIED, mode: DAILY_DIGEST }] }
          ) {
            mode
          }
        }
      `,
      {},
      bearer(person),
    );
    expect(chose.errors).toBeUndefined();

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
    expect(exported.data!.exportMyData.notifications).toMatchObject({
      notifications: [{ event: 'comment.replied', body: 'Gwendoline, on vous a répondu.' }],
      emails: [{ event: 'comment.replied', status: 'DIGESTED' }],
      digests: [{ sentAt: expect.any(String) }],
      preferences: [{ event: 'comment.replied', mode: 'DAILY_DIGEST' }],
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
    const notificationTables = [
      'notification',
      'notification_email',
      'notification_digest',
      'notification_preference',
    ];
    for (const table of notificationTables) {
      const [{ n }] = await dataSource().query(
        `SELECT count(*)::int AS n FROM ${table} WHERE account_id = $1`,
        [person.id],
      );
      expect({ table, n }).toEqual({ table, n: 0 });
    }
  });

  it('covers every table that names a person: the API refuses to start when one belongs to no section', async () => {
    // The real schema: every such table is declared by a section (this API started).
    expect(await api.app.get(PersonalDataService).uncovered()).toEqual([]);

    const other = await createTestDatabase();
    try {
      // As the owner, as a migration would (the application role creates no table).
      const client = new Client({ connectionString: other.ownerUrl });
      await client.connect();
      await client.query(`CREATE TABLE probe_note (id uuid PRIMARY KEY, account_id uuid NOT NULL)`);
      await client.query(`CREATE TABLE probe_owner (owner uuid REFERENCES account (id))`);
      await client.end();
      const app = await createApiApp(testConfig({ DATABASE_URL: other.url }));
      try {
        await expect(app.init()).rejects.toThrow(
          /belong to no @HoldsPersonalData section.*: probe_note \(account_id\), probe_owner \(owner\)\./,
        );
      } finally {
        await app.close();
      }
    } finally {
      await other.drop();
    }
  });
});
