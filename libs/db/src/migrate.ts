import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApplicationRoleGrants, grantApplicationRole, roleOf } from './application-role';
import { dataSourceOptions } from './data-source-options';

export interface MigrationRun {
  /** The migrations applied, by name. */
  applied: string[];
  /** The application role's grants, put back after the run; undefined when one role does all. */
  grants?: ApplicationRoleGrants;
}

/**
 * Applies pending migrations as the owner (`migrationUrl`, MIGRATION_DATABASE_URL), then gives the
 * application role (the one `applicationUrl`, DATABASE_URL, logs in as) its privileges
 * (application-role.ts). With a single URL, or both logging in as the same role, the owner is the
 * application too and nothing is granted: a deployment with one role (README, "Database roles").
 */
export async function runMigrations(
  migrationUrl: string,
  applicationUrl: string = migrationUrl,
): Promise<MigrationRun> {
  const dataSource = new DataSource(dataSourceOptions(migrationUrl));
  await dataSource.initialize();
  let applied: string[];
  try {
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
  if (applicationUrl === migrationUrl) return { applied };
  const owner = new Client({ connectionString: migrationUrl });
  await owner.connect();
  try {
    const [{ role: ownerRole }] = (
      await owner.query<{ role: string }>('SELECT current_user AS role')
    ).rows;
    const role = await roleOf(applicationUrl);
    if (role === ownerRole) return { applied };
    return { applied, grants: await grantApplicationRole(owner, role) };
  } finally {
    await owner.end();
  }
}
