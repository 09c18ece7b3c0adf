/**
 * Once per `npm test`: a fresh embedded PostgreSQL and redis-server on free loopback ports, and a
 * template database with every migration applied, from which each test file clones its own; and
 * the web site built when its sources changed, here and only here: a build empties dist/web,
 * so one started by a test file would pull the files from under a site another worker runs.
 * When the run includes the bench harness test (the whole project, or that file named), dist/ too
 * (tsc), which that test's production processes run: built here, beside the site's build and the
 * services' start, rather than inside that test while the other worker runs tests.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { Client } from 'pg';
import { runMigrations } from '../../libs/db/src/migrate';
import { ROOT, startEmbeddedPostgres, startRedis } from '../../scripts/ensure-services';

export const TEMPLATE_DATABASE = 'quorum_template';

const BENCH_HARNESS_TEST = join(ROOT, 'test', 'bench-harness.e2e-spec.ts');

/**
 * One of scripts/build.js's builds in a child process: the builds run while this process starts
 * the services (a synchronous build here would hold them up), their output on this terminal.
 */
function inChild(call: string): Promise<void> {
  const script = `require(${JSON.stringify(join(ROOT, 'scripts', 'build.js'))}).${call}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${call} failed (see above).`)),
    );
  });
}

/** Whether this run's test files include the bench harness test. */
function runsBenchHarness(globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  return patterns.length === 0 || patterns.some((p) => new RegExp(p, 'i').test(BENCH_HARNESS_TEST));
}

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const started = Date.now();
  const log = `(line) => console.log('\\n' + line)`;
  const builds = Promise.all([
    inChild(`buildWeb(${JSON.stringify(ROOT)}, ${log})`),
    // After a site build (its own stamp): both are file writes under dist/, in separate trees.
    runsBenchHarness(globalConfig)
      ? inChild(`build(${JSON.stringify(ROOT)}, ${log}, { web: false })`)
      : Promise.resolve(),
  ]);
  // Awaited once the services are up and recorded (the teardown stops them, even after a failed
  // build); until then a failure waits there.
  builds.catch(() => undefined);
  const [postgres, redis] = await Promise.all([
    startEmbeddedPostgres(join(ROOT, '.data', 'test', 'postgres'), true),
    startRedis(join(ROOT, '.data', 'test', 'redis'), true),
  ]);
  (globalThis as { __services__?: unknown }).__services__ = [postgres, redis];
  const admin = new Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE} OWNER quorum`);
  await admin.end();
  // Migrated as the owner, which grants the application role its privileges: each test file's
  // clone keeps them, and its API connects as that role (test-env's TestDatabase.url).
  const inTemplate = (url: string) => url.replace(/\/quorum$/, `/${TEMPLATE_DATABASE}`);
  await runMigrations(inTemplate(postgres.ownerUrl), inTemplate(postgres.url));
  const servicesMs = Date.now() - started;
  await builds;

  process.env.TEST_ADMIN_DATABASE_URL = postgres.adminUrl;
  process.env.TEST_DATABASE_URL = postgres.url;
  process.env.TEST_OWNER_DATABASE_URL = postgres.ownerUrl;
  process.env.TEST_REDIS_URL = redis.url;
  console.log(
    `\nTest services ready in ${servicesMs} ms, builds done in ${Date.now() - started} ms (PostgreSQL ${postgres.url}, Redis ${redis.url})`,
  );
}
