import { Client } from 'pg';

/**
 * The database's two roles (README, "Database roles"):
 * - the OWNER runs the migrations: it owns the schema, the tables, their triggers;
 * - the APPLICATION role (the API and the worker, DATABASE_URL) owns nothing and holds only the
 *   grants below, so that it can neither switch the audit triggers off (ALTER TABLE needs
 *   ownership), nor TRUNCATE, nor create or change a table.
 *
 * The grants are applied after every migration run (`runMigrations`), from this one list: every
 * deployment gets them, a table a migration adds gets its grants on the same run, and a grant
 * changed by hand in a database is put back. Deny by default: a table of the schema missing here
 * stops the migration run, so that whoever adds a table decides what the application may do on it.
 */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

const READ_WRITE: readonly TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
/** Rows written once and never changed nor removed by the application. */
const APPEND_ONLY: readonly TablePrivilege[] = ['SELECT', 'INSERT'];
/** Rows that change state but are never removed (records of the town hall). */
const NEVER_DELETED: readonly TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE'];

export const APPLICATION_TABLE_PRIVILEGES: Readonly<Record<string, readonly TablePrivilege[]>> = {
  // identity
  account: NEVER_DELETED, // erasure blanks the row (deleted_at), it never removes it
  account_token: READ_WRITE,
  session: READ_WRITE,
  refresh_token: READ_WRITE,
  census_entry: NEVER_DELETED,
  census_import: NEVER_DELETED, // counts are stamped at the end of the import
  contested_census_claim: ['SELECT', 'INSERT', 'DELETE'],
  // councils
  council: NEVER_DELETED,
  council_charter: APPEND_ONLY, // each change of the charter is a new version
  council_membership: NEVER_DELETED, // a mandate ends (ended_at), its record stays
  council_follower: ['SELECT', 'INSERT', 'DELETE'],
  sortition: NEVER_DELETED,
  sortition_volunteer: READ_WRITE,
  // proposals
  proposal: READ_WRITE,
  proposal_support: READ_WRITE,
  proposal_follower: ['SELECT', 'INSERT', 'DELETE'],
  proposal_search: READ_WRITE, // kept by proposal's triggers, which run as the application
  proposal_tally: READ_WRITE, // idem
  comment: NEVER_DELETED,
  content_report: READ_WRITE,
  // meetings
  meeting: NEVER_DELETED,
  agenda_item: READ_WRITE,
  attendance: NEVER_DELETED,
  ballot: NEVER_DELETED,
  ballot_vote: APPEND_ONLY, // a vote cast is never changed (and triggers refuse it once closed)
  ballot_voter: APPEND_ONLY,
  ballot_secret_tally: NEVER_DELETED,
  minutes: NEVER_DELETED, // triggers also refuse any change to published minutes
  opposition_statement: NEVER_DELETED,
  // works (issue 19)
  works: NEVER_DELETED,
  works_council: READ_WRITE, // the perimeter is replaced when the town hall edits the works
  works_detour: APPEND_ONLY, // each change of the detour is a new version
  works_report: NEVER_DELETED, // answered, and its author blanked on erasure, never removed
  works_follower: ['SELECT', 'INSERT', 'DELETE'],
  works_assessment_request: APPEND_ONLY, // who was asked, once, when the works were posted
  works_assessment_invitee: ['SELECT', 'INSERT', 'DELETE'], // erasure removes a person's rows
  works_assessment: NEVER_DELETED, // one per association; its author blanked on erasure
  // associations
  association: NEVER_DELETED, // an association stays; its status says whether it is a partner
  association_member: READ_WRITE,
  association_seat: APPEND_ONLY, // on whose behalf a council seat was given (the seat ends in councils)
  // places
  place: NEVER_DELETED, // a register: a place closed stays in the history of the progress
  place_check: APPEND_ONLY, // each check is a record; the progress is computed from them
  place_report: NEVER_DELETED, // answered publicly; erasure unlinks its author
  solidarity_entry: NEVER_DELETED, // withdrawn, never removed: its history stays in the audit
  // notifications
  notification: READ_WRITE,
  notification_digest: READ_WRITE,
  notification_email: READ_WRITE,
  notification_once: APPEND_ONLY,
  notification_preference: READ_WRITE,
  // transparency: the audit trail is append-only; its head moves with each entry
  audit_log: APPEND_ONLY,
  audit_chain_head: ['SELECT', 'UPDATE'],
  // outbox and jobs
  outbox_event: NEVER_DELETED,
  dead_letter: APPEND_ONLY,
  mail_delivery: APPEND_ONLY,
  // db: what the schema's version is, and which demo-data steps ran (the seed runs as the app)
  schema_migration: ['SELECT'],
  seed_step: APPEND_ONLY,
};

/** What granting found and did, for the migration's log and the tests. */
export interface ApplicationRoleGrants {
  role: string;
  tables: number;
  views: number;
}

export class DatabaseRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRoleError';
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The role a URL logs in as, asked of the server (the URL may leave the user to PGUSER). */
export async function roleOf(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string }>('SELECT current_user AS role');
    return rows[0].role;
  } finally {
    await client.end();
  }
}

/**
 * Gives `role` exactly the application's privileges on the current schema, as its owner (the
 * client is connected as the role that ran the migrations). Refuses a superuser, or a role that
 * owns a table, or a role that could create objects in the schema: such a role could undo what
 * the grants protect. Idempotent; serialized by an advisory lock against a concurrent run.
 */
export async function grantApplicationRole(
  owner: Client,
  role: string,
): Promise<ApplicationRoleGrants> {
  await owner.query('BEGIN');
  try {
    await owner.query(`SELECT pg_advisory_xact_lock(hashtext('quorum:application-grants'))`);
    const found = await owner.query<{ rolsuper: boolean; owns: number; schema: string }>(
      `SELECT r.rolsuper, current_schema() AS schema,
              (SELECT count(*)::int FROM pg_catalog.pg_class c
                WHERE c.relnamespace = current_schema()::regnamespace AND c.relowner = r.oid) AS owns
         FROM pg_catalog.pg_roles r WHERE r.rolname = $1`,
      [role],
    );
    if (found.rowCount === 0)
      throw new DatabaseRoleError(
        `The application role "${role}" does not exist: create it (README, "Database roles").`,
      );
    const [{ rolsuper, owns, schema }] = found.rows;
    if (rolsuper)
      throw new DatabaseRoleError(
        `The application role "${role}" is a superuser: it could switch the audit triggers off. ` +
          `Use a role without SUPERUSER (README, "Database roles").`,
      );
    if (owns > 0)
      throw new DatabaseRoleError(
        `The application role "${role}" owns ${owns} tables or other objects of schema "${schema}": ` +
          `an owner can disable triggers. Run the migrations as the owner (MIGRATION_DATABASE_URL) ` +
          `and transfer the objects to it (REASSIGN OWNED BY ${role} TO <owner>).`,
      );
    const relations = await owner.query<{ name: string; kind: string }>(
      `SELECT relname AS name, relkind::text AS kind FROM pg_catalog.pg_class
        WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'v', 'm')
        ORDER BY relname`,
    );
    const tables = relations.rows.filter((r) => r.kind === 'r' || r.kind === 'p');
    const views = relations.rows.filter((r) => r.kind === 'v' || r.kind === 'm');
    const unlisted = tables.filter((t) => !(t.name in APPLICATION_TABLE_PRIVILEGES));
    if (unlisted.length)
      throw new DatabaseRoleError(
        `No application privileges are declared for the tables ${unlisted.map((t) => t.name).join(', ')}: ` +
          `add them to APPLICATION_TABLE_PRIVILEGES (libs/db/src/application-role.ts).`,
      );
    const who = ident(role);
    const inSchema = `IN SCHEMA ${ident(schema)}`;
    await owner.query(`GRANT USAGE ON SCHEMA ${ident(schema)} TO ${who}`);
    await owner.query(`REVOKE CREATE ON SCHEMA ${ident(schema)} FROM ${who}`);
    // From a clean slate, so that a grant given by hand (TRUNCATE, TRIGGER, …) does not linger.
    await owner.query(`REVOKE ALL ON ALL TABLES ${inSchema} FROM ${who}`);
    for (const table of tables)
      await owner.query(
        `GRANT ${APPLICATION_TABLE_PRIVILEGES[table.name].join(', ')} ON ${ident(table.name)} TO ${who}`,
      );
    // The read views (and open data's COPY … TO STDOUT over them): read only.
    for (const view of views) await owner.query(`GRANT SELECT ON ${ident(view.name)} TO ${who}`);
    // nextval for the identity columns and audit_log's id; not setval (UPDATE).
    await owner.query(`REVOKE ALL ON ALL SEQUENCES ${inSchema} FROM ${who}`);
    await owner.query(`GRANT USAGE ON ALL SEQUENCES ${inSchema} TO ${who}`);
    // PostgreSQL gives EXECUTE to PUBLIC by default; said here so that it stays true.
    await owner.query(`GRANT EXECUTE ON ALL FUNCTIONS ${inSchema} TO ${who}`);
    const create = await owner.query<{ can: boolean }>(
      `SELECT has_schema_privilege($1, current_schema(), 'CREATE') AS can`,
      [role],
    );
    if (create.rows[0].can)
      throw new DatabaseRoleError(
        `The application role "${role}" may CREATE in schema "${schema}" (through PUBLIC, PostgreSQL ` +
          `before 15): run REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC as the schema's owner.`,
      );
    await owner.query('COMMIT');
    return { role, tables: tables.length, views: views.length };
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
