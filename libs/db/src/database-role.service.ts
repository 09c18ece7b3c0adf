import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Who the process is to PostgreSQL: the role it logs in as, and what that role can undo. */
export interface DatabaseRole {
  role: string;
  superuser: boolean;
  /** Tables, views and sequences of the schema it owns (an owner can disable their triggers). */
  ownedObjects: number;
}

/** The warning for a process connected as the owner or a superuser, or undefined. */
export function databaseRoleWarning(found: DatabaseRole): string | undefined {
  if (!found.superuser && found.ownedObjects === 0) return undefined;
  const what = found.superuser ? 'a superuser' : `the owner of ${found.ownedObjects} objects`;
  return (
    `Connected to PostgreSQL as "${found.role}", ${what}: this process could disable the audit ` +
    `triggers and rewrite the trail. Set DATABASE_URL to an application role that owns nothing ` +
    `and MIGRATION_DATABASE_URL to the owner (README, "Database roles").`
  );
}

/** At start (API and worker), warns when DATABASE_URL's role is not a mere application role. */
@Injectable()
export class DatabaseRoleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DatabaseRole');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<DatabaseRole> {
    const [row] = (await this.dataSource.query(
      `SELECT r.rolname AS role, r.rolsuper AS superuser,
              (SELECT count(*)::int FROM pg_catalog.pg_class c
                WHERE c.relnamespace = current_schema()::regnamespace AND c.relowner = r.oid) AS "ownedObjects"
         FROM pg_catalog.pg_roles r WHERE r.rolname = current_user`,
    )) as DatabaseRole[];
    return row;
  }

  async onApplicationBootstrap(): Promise<void> {
    const warning = databaseRoleWarning(await this.current());
    if (warning) this.logger.warn(warning);
  }
}
