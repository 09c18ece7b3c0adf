/**
 * `node dist/scripts/migrate.js` in production images: applies pending migrations as the owner
 * (MIGRATION_DATABASE_URL, or DATABASE_URL when there is one role), then grants the application
 * role (DATABASE_URL's) what the API and the worker need (README, "Database roles").
 *
 * CREATE_APPLICATION_ROLE=yes (docker/compose.yml): first create DATABASE_URL's role, or set its
 * password to the URL's, as the owner (which must then have CREATEROLE). For a database whose
 * roles nobody else manages; in production, the operator creates them.
 */
import { Client } from 'pg';
import { runMigrations } from '@quorum/db';

async function createApplicationRole(migrationUrl: string, applicationUrl: string): Promise<void> {
  const { username, password } = new URL(applicationUrl);
  const role = decodeURIComponent(username);
  if (!role || !password) throw new Error('DATABASE_URL must name its user and password');
  const owner = new Client({ connectionString: migrationUrl });
  await owner.connect();
  try {
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    const secret = owner.escapeLiteral(decodeURIComponent(password));
    // LOGIN and nothing more: no SUPERUSER, CREATEDB, CREATEROLE, nor any membership.
    await owner.query(
      `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${owner.escapeIdentifier(role)} LOGIN PASSWORD ${secret}`,
    );
    console.log(`Application role ${role} ${exists.rowCount ? 'updated' : 'created'}.`);
  } finally {
    await owner.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL is not set: export it, e.g. postgres://user:password@host:5432/quorum',
    );
    process.exit(78);
  }
  const migrationUrl = process.env.MIGRATION_DATABASE_URL || url;
  if (process.env.CREATE_APPLICATION_ROLE === 'yes' && migrationUrl !== url)
    await createApplicationRole(migrationUrl, url);
  const { applied, grants } = await runMigrations(migrationUrl, url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
  if (grants)
    console.log(
      `Application role ${grants.role}: privileges set on ${grants.tables} tables and ${grants.views} views.`,
    );
  else
    console.warn(
      'One database role: the API and the worker will own the tables, so they could disable the ' +
        'audit triggers. Set MIGRATION_DATABASE_URL to an owner role and DATABASE_URL to an ' +
        'application role (README, "Database roles").',
    );
}

main().catch((error) => {
  console.error('Migrations failed:', error);
  process.exit(1);
});
