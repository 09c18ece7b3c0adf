/**
 * `npm start`: the whole of Quorum on one machine. Starts what the environment does not provide
 * (embedded PostgreSQL, redis-server, a mail catcher), migrates, seeds an empty database once,
 * then runs the API and the worker and prints where to go. Ctrl-C stops everything.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@quorum/core';
import { runMigrations } from '@quorum/db';
import { freePort, ROOT, startEmbeddedPostgres, startRedis } from './ensure-services';
import { MailCatcher } from './mail-catcher';
import { DEMO_LOGINS, DEMO_PASSWORD, isSeeded, runSeed } from './seed';

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
  const started = Date.now();
  const env: NodeJS.ProcessEnv = { ...process.env };
  const stops: (() => Promise<void>)[] = [];
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
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
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    let catcher: MailCatcher | undefined;
    if (!env.DATABASE_URL) {
      const postgres = await startEmbeddedPostgres(join(DATA, 'postgres'));
      env.DATABASE_URL = postgres.url;
      stops.push(postgres.stop);
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
    if (env.NODE_ENV !== 'production') {
      env.JWT_SECRET ||= developmentSecret('jwt-secret');
      env.CENSUS_HASH_KEY ||= developmentSecret('census-hash-key');
    }
    env.PORT ??= String(await portOr(3000));
    const config = loadConfig(env);

    const applied = await runMigrations(config.DATABASE_URL);
    if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
    // Demo data has a public password: never in production.
    if (!config.isProduction && !(await isSeeded(config.DATABASE_URL))) {
      const steps = await runSeed(config.DATABASE_URL, {
        townName: config.TOWN_NAME,
        censusHashKey: config.CENSUS_HASH_KEY,
      });
      console.log(`Demo data: ${steps.join(', ')}`);
    }

    for (const app of ['api', 'worker']) {
      const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', app, 'src', 'main.js')], {
        env,
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
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      [
        '',
        `Quorum is running (ready in ${seconds} s). Ctrl-C stops it.`,
        `  GraphQL API      ${base}/graphql`,
        `  Health           ${base}/health/ready`,
        `  Mail catcher     ${catcher ? catcher.webUrl : `(SMTP_URL is set: mail goes to ${new URL(config.SMTP_URL).host})`}`,
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
