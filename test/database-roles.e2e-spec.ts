/**
 * Issue 18, "Database roles": the API runs as an application role that owns nothing (README,
 * "Database roles"). What it cannot do, checked against PostgreSQL itself; what the owner still
 * can (README, "Known limits"); and how the migrations put the grants back each time.
 */
import { Logger } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  APPLICATION_TABLE_PRIVILEGES,
  DatabaseRoleError,
  DatabaseRoleService,
  runMigrations,
} from '@quorum/db';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { newAgent, TestAccount } from './support/factories';
import { newCouncilWithMembers, ok, sql } from './support/meeting-fixtures';
import { adoptedMinutes } from './support/notification-fixtures';
import {
  adminDatabaseUrl,
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const APP_ROLE = 'quorum_app';
const DENIED = { code: '42501' }; // insufficient_privilege

/** What `role` may do on each base table of the schema, as PostgreSQL answers it. */
async function privilegesOf(url: string, role: string): Promise<Record<string, string[]>> {
  const rows = await sql<{ table: string; privileges: string[] }>(
    url,
    `SELECT c.relname AS table,
            array_remove(ARRAY[
              CASE WHEN has_table_privilege($1, c.oid, 'SELECT') THEN 'SELECT' END,
              CASE WHEN has_table_privilege($1, c.oid, 'INSERT') THEN 'INSERT' END,
              CASE WHEN has_table_privilege($1, c.oid, 'UPDATE') THEN 'UPDATE' END,
              CASE WHEN has_table_privilege($1, c.oid, 'DELETE') THEN 'DELETE' END,
              CASE WHEN has_table_privilege($1, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END,
              CASE WHEN has_table_privilege($1, c.oid, 'REFERENCES') THEN 'REFERENCES' END,
              CASE WHEN has_table_privilege($1, c.oid, 'TRIGGER') THEN 'TRIGGER' END,
              CASE WHEN has_table_privilege($1, c.oid, 'MAINTAIN') THEN 'MAINTAIN' END
            ], NULL) AS privileges
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
    [role],
  );
  return Object.fromEntries(rows.map((r) => [r.table, r.privileges]));
}

describe('Database roles: the API connects as an application role that owns nothing', () => {
  let db: TestDatabase;
  let api: RunningApi;
  let agent: TestAccount;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    agent = await newAgent(config, db.url);
    dataSource = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** `statement` as the API's own connection: refused with `code`. */
  const refused = (statement: string, code = DENIED.code) =>
    expect(dataSource.query(statement)).rejects.toMatchObject({ code });

  it('is the application role: no superuser, owner of nothing, and says so without a warning', async () => {
    const role = await api.app.get(DatabaseRoleService).current();
    expect(role).toEqual({ role: APP_ROLE, superuser: false, ownedObjects: 0 });
    const [attributes] = await dataSource.query(
      `SELECT rolcreaterole, rolcreatedb, rolbypassrls, rolreplication FROM pg_roles WHERE rolname = current_user`,
    );
    expect(Object.values(attributes)).toEqual([false, false, false, false]);
  });

  it('cannot disable the audit triggers, nor any trigger, nor switch them off for its session', async () => {
    for (const trigger of [
      'audit_log_chain',
      'audit_log_no_update_delete',
      'audit_log_no_truncate',
    ])
      await refused(`ALTER TABLE audit_log DISABLE TRIGGER ${trigger}`);
    await refused('ALTER TABLE audit_log DISABLE TRIGGER ALL');
    await refused('ALTER TABLE minutes DISABLE TRIGGER minutes_final');
    await refused('DROP TRIGGER minutes_final ON minutes');
    await refused(
      `CREATE TRIGGER forged BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`,
    );
    await refused(`CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`);
    // Replication mode skips ordinary triggers: a superuser's switch.
    await refused('SET session_replication_role = replica');
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled = 'O'`,
    );
    expect(n).toBe(3);
  });

  it('cannot TRUNCATE any table', async () => {
    for (const table of Object.keys(APPLICATION_TABLE_PRIVILEGES))
      await refused(`TRUNCATE ${table}`);
  });

  it('cannot change the schema: no CREATE TABLE, no ALTER, no DROP, no new schema', async () => {
    await refused('CREATE TABLE forged (id int)');
    await refused('CREATE VIEW forged AS SELECT 1');
    await refused('CREATE SCHEMA forged');
    await refused('CREATE FUNCTION forged() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$');
    await refused('ALTER TABLE proposal ADD COLUMN forged text');
    await refused('ALTER TABLE minutes DROP CONSTRAINT "PK_6430e69788e26236b493d6fcc7e"');
    await refused('DROP TABLE audit_log');
    await refused('DROP VIEW open_data_minutes');
    await refused('CREATE INDEX forged ON proposal (title)');
    await refused(`SELECT setval('audit_log_id_seq', 1)`);
  });

  it('cannot change nor remove audit rows, charters or votes: append-only tables', async () => {
    await refused(`UPDATE audit_log SET action = 'forged'`);
    await refused('DELETE FROM audit_log');
    await refused('UPDATE council_charter SET version = version');
    await refused('DELETE FROM council_charter');
    await refused('UPDATE ballot_vote SET choice = choice');
    await refused('DELETE FROM ballot_voter');
    await refused('DELETE FROM audit_chain_head');
    await refused('DELETE FROM minutes');
  });

  it('cannot alter a published minutes row, whatever it tries', async () => {
    const c = await newCouncilWithMembers(api.url, api.app.get(AppConfig), db.url, agent);
    const minutesId = await adoptedMinutes(db.url, c.id, c.secretary.id);
    await ok(
      api.url,
      `mutation($id: ID!) { publishMinutes(id: $id) { id status } }`,
      { id: minutesId },
      agent,
    );
    const read = () =>
      sql<{ status: string; record_markdown: string; content_hash: string }>(
        db.url,
        'SELECT status, record_markdown, content_hash FROM minutes WHERE id = $1',
        [minutesId],
      ).then(([row]) => row);
    const published = await read();
    expect(published.status).toBe('PUBLISHED');
    // The trigger refuses the change (object_not_in_prerequisite_state)…
    await expect(
      dataSource.query(`UPDATE minutes SET record_markdown = 'Réécrit' WHERE id = $1`, [minutesId]),
    ).rejects.toMatchObject({ code: '55000' });
    await expect(
      dataSource.query('DELETE FROM minutes WHERE id = $1', [minutesId]),
    ).rejects.toMatchObject(DENIED);
    // … and the role cannot take the trigger away, for the table or for its session.
    await refused('ALTER TABLE minutes DISABLE TRIGGER minutes_final');
    await refused('ALTER TABLE minutes DISABLE TRIGGER USER');
    await refused('SET session_replication_role = replica');
    await refused('ALTER TABLE minutes OWNER TO quorum_app');
    expect(await read()).toEqual(published);
  });

  it('keeps what the features need: LISTEN/NOTIFY, advisory locks, COPY of the open-data views', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const heard = new Promise<string>((resolve) =>
        client.on('notification', (n) => resolve(n.channel)),
      );
      await client.query('LISTEN outbox_event');
      await dataSource.query(`SELECT pg_notify('outbox_event', '')`);
      expect(await heard).toBe('outbox_event');
      const [{ locked }] = (await client.query('SELECT pg_try_advisory_lock(18) AS locked')).rows;
      expect(locked).toBe(true);
      await client.query('SELECT pg_advisory_unlock(18)');
      // COPY … TO STDOUT needs only SELECT: every view reads.
      const views = await sql<{ name: string }>(
        db.url,
        `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'v'`,
      );
      expect(views.length).toBeGreaterThan(10);
      for (const { name } of views) await client.query(`SELECT * FROM ${name} LIMIT 0`);
    } finally {
      await client.end();
    }
  });

  it('holds exactly the privileges declared for each table, and every table has its entry', async () => {
    const held = await privilegesOf(db.url, APP_ROLE);
    expect(Object.keys(held).sort()).toEqual(Object.keys(APPLICATION_TABLE_PRIVILEGES).sort());
    for (const [table, privileges] of Object.entries(APPLICATION_TABLE_PRIVILEGES))
      expect({ table, privileges: held[table] }).toEqual({ table, privileges: [...privileges] });
    expect(held.audit_log).toEqual(['SELECT', 'INSERT']);
  });

  it('the owner still can disable the triggers (the known limit), the superuser too', async () => {
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      await owner.query('ROLLBACK');
    } finally {
      await owner.end();
    }
  });
});

describe('Database roles: the migrations give the application role its grants, each run', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('put back a grant given by hand, and revoke what is not declared', async () => {
    await sql(db.ownerUrl, `GRANT TRUNCATE, TRIGGER ON proposal TO ${APP_ROLE}`);
    await sql(db.ownerUrl, `GRANT UPDATE ON council_charter TO ${APP_ROLE}`);
    expect((await privilegesOf(db.url, APP_ROLE)).proposal).toContain('TRUNCATE');
    const run = await runMigrations(db.ownerUrl, db.url);
    expect(run).toMatchObject({ applied: [], grants: { role: APP_ROLE } });
    const held = await privilegesOf(db.url, APP_ROLE);
    expect(held.proposal).toEqual(['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
    expect(held.council_charter).toEqual(['SELECT', 'INSERT']);
  });

  it('grant nothing with one role (the owner is the application), and the API then warns', async () => {
    expect(await runMigrations(db.ownerUrl)).toEqual({ applied: [] });
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const api = await startApi(testConfig({ DATABASE_URL: db.ownerUrl }));
    try {
      expect(await api.app.get(DatabaseRoleService).current()).toMatchObject({
        role: 'quorum',
        superuser: false,
      });
      const warnings = warn.mock.calls.map((args) => String(args[0]));
      expect(warnings).toContainEqual(
        expect.stringMatching(/^Connected to PostgreSQL as "quorum", the owner of \d+ objects/),
      );
    } finally {
      warn.mockRestore();
      await api.close();
    }
  });

  it('refuse a superuser as the application role', async () => {
    const superuser = adminDatabaseUrl().replace(/\/postgres$/, `/${db.name}`);
    await expect(runMigrations(db.ownerUrl, superuser)).rejects.toThrow(DatabaseRoleError);
    await expect(runMigrations(db.ownerUrl, superuser)).rejects.toThrow(/is a superuser/);
  });

  it('stop at a table whose application privileges nobody declared', async () => {
    await sql(db.ownerUrl, 'CREATE TABLE undeclared_probe (id int)');
    try {
      await expect(runMigrations(db.ownerUrl, db.url)).rejects.toThrow(
        /No application privileges are declared for the tables undeclared_probe/,
      );
    } finally {
      await sql(db.ownerUrl, 'DROP TABLE undeclared_probe');
    }
  });
});
