import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../../libs/db/src/migrate';
import { startRedis } from '../../../scripts/ensure-services';

const ROOT = join(__dirname, '..', '..', '..');
/** The line postgres-process.ts prints once the cluster answers, before its URLs. */
const READY = 'POSTGRES_READY ';

interface PostgresUrls {
  url: string;
  ownerUrl: string;
  adminUrl: string;
  port: number;
}

/** postgres-process.ts in a child process; resolves with its URLs once the cluster answers. */
function spawnPostgres(
  dataDir: string,
  fresh: boolean,
  port?: number,
): Promise<{ child: ChildProcess; urls: PostgresUrls }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(__dirname, 'postgres-process.ts'),
      dataDir,
      fresh ? 'fresh' : 'again',
      ...(port ? [String(port)] : []),
    ],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out
        .split('\n')
        .slice(0, -1)
        .find((l) => l.startsWith(READY));
      if (line) resolve({ child, urls: JSON.parse(line.slice(READY.length)) as PostgresUrls });
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL process exited (${code}): ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/**
 * Services of a fault test's own, so that it may stop, kill and restart them: the global setup's
 * PostgreSQL and Redis serve every other test file at the same time and are never touched.
 */
export interface OwnPostgres {
  /** As the application role, as the API and the worker connect. */
  readonly url: string;
  readonly ownerUrl: string;
  /** A fast shutdown (SIGINT: sessions are terminated), then the same cluster on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data directory. */
  remove(): Promise<void>;
}

/** An embedded PostgreSQL in a directory of its own, migrated as the global setup does it. */
export async function ownPostgres(): Promise<OwnPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'quorum-fault-pg-'));
  const dataDir = join(root, 'data');
  const first = await spawnPostgres(dataDir, true);
  let running: ChildProcess | undefined = first.child;
  const { url, ownerUrl, port } = first.urls;
  await runMigrations(ownerUrl, url);
  const stop = async () => {
    if (!running) return;
    const child = running;
    running = undefined;
    child.kill('SIGTERM');
    await exited(child);
  };
  return {
    url,
    ownerUrl,
    stop,
    async start() {
      running = (await spawnPostgres(dataDir, false, port)).child;
    },
    async remove() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type OwnRedis = Awaited<ReturnType<typeof startRedis>> & {
  /** The same data directory (its append-only file) on the same port. */
  restart(): Promise<void>;
  remove(): Promise<void>;
};

/** A redis-server of the test's own, with append-only persistence, to SIGKILL and restart. */
export async function ownRedis(): Promise<OwnRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'quorum-fault-redis-'));
  let current = await startRedis(dir, true);
  const port = current.port;
  const own: OwnRedis = {
    url: current.url,
    port,
    kill: (signal) => current.kill(signal),
    stop: () => current.stop(),
    async restart() {
      await current.stop();
      current = await startRedis(dir, false, port);
    },
    async remove() {
      await current.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return own;
}
