/**
 * The processes under load, each its own: the API and the worker as a production deploy runs them
 * (compiled dist/, NODE_ENV=production, every variable app-config.ts requires there), and the
 * reference servers (bare Apollo, bare Nest). Their output goes to log files under .data/bench/logs.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, ROOT } from '../../scripts/ensure-services';
import { API_NODE_FLAGS } from '../../scripts/node-flags';

export interface Running {
  name: string;
  child: ChildProcess;
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface DeployEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  SMTP_URL: string;
  QUEUE_PREFIX: string;
  JWT_SECRET: string;
  CENSUS_HASH_KEY: string;
  /** More settings (`npm run bench -- --env NAME=value`). */
  [setting: string]: string | undefined;
}

const LOG_DIR = join(ROOT, '.data', 'bench', 'logs');

/** Resident set size of a process, in MB, from /proc (null once it is gone or off Linux). */
export function rssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time a process has used so far (user + system), in ms, from /proc/<pid>/stat (null once it
 * is gone or off Linux): the API's CPU per request survives a loaded machine better than req/s.
 */
export function cpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // In clock ticks: USER_HZ, 100 on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

function launch(name: string, args: string[], env: Record<string, string>): Running {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.kill('SIGTERM');
    });
  return { name, child, url: '', logFile, stop };
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
};

async function waitFor(running: Running, ready: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (running.child.exitCode !== null)
      throw new Error(
        `${running.name} exited (${running.child.exitCode}):\n${tail(running.logFile)}`,
      );
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) {
      await running.stop();
      throw new Error(`${running.name} was not ready in time:\n${tail(running.logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const httpOk = (url: string) => async () => (await fetch(url)).ok;

/** Builds dist/ when it is not up to date (a no-op otherwise): production runs compiled code. */
export function buildDist(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../../scripts/build') as { build(root: string): unknown }).build(ROOT);
}

function productionEnv(env: DeployEnv, port: number): Record<string, string> {
  return {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    TOWN_NAME: 'Ville de banc d’essai',
    // A deploy's default level: each request is logged (to a file here, as to a collector).
    LOG_LEVEL: 'info',
  };
}

export async function startApi(env: DeployEnv): Promise<Running> {
  const port = await freePort();
  const api = launch(
    'api',
    [...API_NODE_FLAGS, join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')],
    productionEnv(env, port),
  );
  api.url = `http://127.0.0.1:${port}`;
  await waitFor(api, httpOk(`${api.url}/health/ready`));
  return api;
}

/**
 * The worker, taken as ready once Nest has initialised its modules and its log has been quiet for
 * a second (it has no HTTP to ask, and logs no line of its own once started).
 */
export async function startWorker(env: DeployEnv): Promise<Running> {
  const worker = launch(
    'worker',
    [join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js')],
    productionEnv(env, await freePort()),
  );
  let size = -1;
  let quietSince = Date.now();
  await waitFor(worker, async () => {
    const text = tail(worker.logFile);
    if (text.length !== size) [size, quietSince] = [text.length, Date.now()];
    return /dependencies initialized/.test(text) && Date.now() - quietSince > 1000;
  });
  return worker;
}

/** A reference server answering `{ hello }` in its own process (bench/harness/<script>.ts). */
async function startReference(name: string, script: string, path: string): Promise<Running> {
  const port = await freePort();
  const server = launch(
    name,
    // The API's V8 flags too, so that a ratio compares code, not GC settings.
    [
      ...API_NODE_FLAGS,
      '-r',
      'ts-node/register/transpile-only',
      join(ROOT, 'bench', 'harness', script),
      String(port),
    ],
    { NODE_ENV: 'production' },
  );
  server.url = `http://127.0.0.1:${port}${path}`;
  await waitFor(server, async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    return response.ok;
  });
  return server;
}

/** Bare Apollo Server 5 standalone answering `{ hello }`, in its own process. */
export const startBareApollo = () => startReference('bare-apollo', 'bare-apollo.ts', '');

/** A bare Nest 11 + Apollo application on Express answering `{ hello }`: the stack's own floor. */
export const startBareNest = () => startReference('bare-nest', 'bare-nest.ts', '/graphql');
