/**
 * A BenchContext of its own, for running one scenario alone (`npx ts-node … bench/scenarios/x.ts`)
 * without the harness: embedded PostgreSQL and Redis under `.data/bench-live/<name>/`, a counting
 * SMTP sink in this process, and the API and the worker as child processes in production mode.
 * The dataset is empty: the live scenarios make their own data. `tokens` makes new people.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sign } from 'jsonwebtoken';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { runMigrations } from '@quorum/db';
import { freePort, ROOT, startEmbeddedPostgres, startRedis } from '../../scripts/ensure-services';
import type { BenchContext, SignedIn, Tokens } from '../harness/types';

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret';

/** An SMTP server that accepts everything and only counts the messages (no parsing: a sink). */
export async function startSmtpSink(): Promise<{
  url: string;
  received(): number;
  stop(): Promise<void>;
}> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // A reverse DNS lookup per connection would make the sink, not the sender, the bottleneck.
    disableReverseLookup: true,
    logger: false,
    maxClients: 1000,
    onData: (stream, _session, callback) => {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // A sender gone inside a mail transaction resets its socket: not the sink's failure.
  server.on('error', () => undefined);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resident set size of a process, in MB, from /proc (null when it has gone). */
/** The scenarios that set up their own data run on no generated dataset. */
export const NO_DATASET: BenchContext['dataset'] = {
  scale: 0,
  residents: 0,
  proposals: 0,
  supports: 0,
  comments: 0,
  councilIds: [],
  followedCouncilId: '',
  followers: 0,
  meetings: 0,
};

export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : null;
  } catch {
    return null;
  }
}

function spawnApp(entry: string, env: Record<string, string>, output: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, entry)],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  output: string[],
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Tokens for new people made straight in the database (verified address and residency, an open
 * session, an access token valid an hour): what a scenario needs when there is no dataset.
 */
export function sqlTokens(db: Client, secret: string): Tokens {
  const people = async (count: number, role: string): Promise<SignedIn[]> => {
    const { rows } = await db.query<{ account_id: string; session_id: string }>(
      `WITH made AS (
         INSERT INTO account (email, display_name, password_hash, role, email_verified_at,
                              residency_neighbourhood, residency_verified_at, residency_method)
         SELECT 'p-' || gen_random_uuid() || '@bench.example', 'Personne ' || i, 'no-login', $2, now(),
                'bench', now(), 'AGENT'
           FROM generate_series(1, $1::int) AS i RETURNING id)
       INSERT INTO session (account_id) SELECT id FROM made RETURNING account_id, id AS session_id`,
      [count, role],
    );
    return rows.map((r) => ({
      accountId: r.account_id,
      sessionId: r.session_id,
      token: sign({ sid: r.session_id }, secret, {
        subject: r.account_id,
        expiresIn: 3600,
        algorithm: 'HS256',
        issuer: 'quorum',
        audience: 'quorum-api',
      }),
    }));
  };
  return {
    residents: (count) => people(count, 'RESIDENT'),
    agents: (count) => people(count, 'AGENT'),
    members: () => Promise.reject(new Error('no dataset here, so no members to hand out')),
  };
}

/** Runs `work` with a context of its own, then stops everything it started. */
export async function withStandaloneContext<T>(
  name: string,
  work: (ctx: BenchContext) => Promise<T>,
): Promise<T> {
  const dataDir = join(ROOT, '.data', 'bench-live', name);
  const [postgres, redis, smtp] = await Promise.all([
    startEmbeddedPostgres(join(dataDir, 'postgres'), true),
    startRedis(join(dataDir, 'redis'), true),
    startSmtpSink(),
  ]);
  const children: ChildProcess[] = [];
  const db = new Client({ connectionString: postgres.url });
  try {
    await runMigrations(postgres.ownerUrl, postgres.url);
    await db.connect();
    const port = await freePort();
    const queuePrefix = `bench${name.replace(/[^a-z0-9]/g, '')}`;
    const env = {
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: 'http://quorum.bench',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      JWT_SECRET,
      CENSUS_HASH_KEY: 'bench-census-bench-census-bench-census',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: queuePrefix,
    };
    const apiOutput: string[] = [];
    const workerOutput: string[] = [];
    const api = spawnApp('apps/api/src/main.ts', env, apiOutput);
    const worker = spawnApp('apps/worker/src/main.ts', env, workerOutput);
    children.push(api, worker);
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    await until(
      'The API',
      async () => (await fetch(`http://127.0.0.1:${port}/health/live`)).ok,
      120_000,
      apiOutput,
    );
    // The worker is up once its relay has taken an event (this one has no ballot: it ends quietly).
    const {
      rows: [{ id: sentinel }],
    } = await db.query(
      `INSERT INTO outbox_event (type, payload) VALUES ('ballot.opened', jsonb_build_object('ballotId', gen_random_uuid())) RETURNING id`,
    );
    await until(
      'The worker',
      async () =>
        (
          await db.query(`SELECT 1 FROM outbox_event WHERE id = $1 AND relayed_at IS NOT NULL`, [
            sentinel,
          ])
        ).rowCount === 1,
      120_000,
      workerOutput,
    );

    const tokens = sqlTokens(db, JWT_SECRET);
    const ctx: BenchContext = {
      graphqlUrl,
      graphqlWsUrl: graphqlUrl.replace(/^http/, 'ws'),
      databaseUrl: postgres.url,
      ownerDatabaseUrl: postgres.ownerUrl,
      redisUrl: redis.url,
      queuePrefix,
      smtpUrl: smtp.url,
      mailsReceived: () => smtp.received(),
      apiRssMb: () => rssMb(api.pid),
      workerRssMb: () => rssMb(worker.pid),
      dataset: NO_DATASET,
      tokens,
      duration: 10,
      connections: 16,
      repeats: 1,
      smoke: false,
      log: (message) => console.log(message),
    };
    return await work(ctx);
  } finally {
    await db.end().catch(() => undefined);
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await Promise.allSettled([smtp.stop(), postgres.stop(), redis.stop()]);
  }
}

export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Prints rows as a Markdown table (what `npm run bench` prints for every scenario). */
export function printRows(rows: import('../harness/types').BenchRow[]): void {
  const cell = (v: number | null | undefined, digits = 0) => (v == null ? '—' : v.toFixed(digits));
  console.log(
    '\n| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | ceiling | ratio | target | met | API RSS MB | notes |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${cell(r.reqPerSec)} | ${cell(r.p50Ms, 1)} | ${cell(r.p95Ms, 1)} | ${cell(r.p99Ms, 1)} | ${r.errors} | ${
        r.ceiling ? `${r.ceiling}: ${cell(r.ceilingValue)}` : '—'
      } | ${cell(r.ratio, 2)} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : 'NO'} | ${cell(r.apiRssMb)} | ${r.notes ?? ''} |`,
    );
  }
}
