/**
 * Once per `npm test`: a fresh embedded PostgreSQL and redis-server on free loopback ports, and a
 * template database with every migration applied, from which each test file clones its own; and
 * the web site built when its sources changed, here and only here: a build empties dist/web,
 * so one started by a test file would pull the files from under a site another worker runs.
 */
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../libs/db/src/migrate';
import { buildWeb } from '../../scripts/build';
import { ROOT, startEmbeddedPostgres, startRedis } from '../../scripts/ensure-services';

export const TEMPLATE_DATABASE = 'quorum_template';

export default async function globalSetup(): Promise<void> {
  buildWeb(ROOT, (line) => console.log(`\n${line}`));
  const started = Date.now();
  const [postgres, redis] = await Promise.all([
    startEmbeddedPostgres(join(ROOT, '.data', 'test', 'postgres'), true),
    startRedis(join(ROOT, '.data', 'test', 'redis'), true),
  ]);
  const admin = new Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE} OWNER quorum`);
  await admin.end();
  // Migrated as the owner, which grants the application role its privileges: each test file's
  // clone keeps them, and its API connects as that role (test-env's TestDatabase.url).
  const inTemplate = (url: string) => url.replace(/\/quorum$/, `/${TEMPLATE_DATABASE}`);
  await runMigrations(inTemplate(postgres.ownerUrl), inTemplate(postgres.url));

  process.env.TEST_ADMIN_DATABASE_URL = postgres.adminUrl;
  process.env.TEST_DATABASE_URL = postgres.url;
  process.env.TEST_OWNER_DATABASE_URL = postgres.ownerUrl;
  process.env.TEST_REDIS_URL = redis.url;
  (globalThis as { __services__?: unknown }).__services__ = [postgres, redis];
  console.log(
    `\nTest services ready in ${Date.now() - started} ms (PostgreSQL ${postgres.url}, Redis ${redis.url})`,
  );
}
