import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { AppConfig } from '@quorum/core';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { sql } from './meeting-fixtures';
import { clock } from './test-env';

/** `n` followers of a council, straight in the database (verified addresses, no password). */
export async function addFollowers(
  databaseUrl: string,
  councilId: string,
  n: number,
): Promise<{ id: string; email: string }[]> {
  const tag = Math.random().toString(36).slice(2, 8);
  const rows = await sql<{ id: string; email: string }>(
    databaseUrl,
    `WITH made AS (
       INSERT INTO account (email, display_name, password_hash, role, email_verified_at)
       SELECT 'f' || i || '-' || $2 || '@example.fr', 'Abonné·e ' || i, 'no-login', 'RESIDENT', now()
         FROM generate_series(1, $3::int) AS i RETURNING id, email)
     , followed AS (INSERT INTO council_follower (council_id, account_id) SELECT $1, id FROM made)
     SELECT id, email FROM made ORDER BY email`,
    [councilId, tag, n],
  );
  return rows;
}

/**
 * `people` accounts with `rows` e-mails each waiting for the daily digest, straight in the
 * database. They have no address, so their digests are made but not sent.
 */
export async function waitingForDigest(
  databaseUrl: string,
  people: number,
  rows: number,
): Promise<string[]> {
  const made = await sql<{ id: string }>(
    databaseUrl,
    `WITH people AS (
       INSERT INTO account (display_name, password_hash, role)
       SELECT 'Lecteur·rice ' || i, 'no-login', 'RESIDENT' FROM generate_series(1, $1::int) AS i RETURNING id)
     , items AS (
       INSERT INTO notification (event_id, event_type, account_id, title, body, link)
       SELECT k, 'minutes.published', p.id, 'Procès-verbal publié', 'Le procès-verbal est en ligne.', 'http://quorum.test/'
         FROM people p, generate_series(1, $2::int) AS k RETURNING id, event_id, account_id)
     , emails AS (
       INSERT INTO notification_email (notification_id, event_id, event_type, account_id, status)
       SELECT id, event_id, 'minutes.published', account_id, 'DIGEST' FROM items)
     SELECT id FROM people ORDER BY id`,
    [people, rows],
  );
  return made.map((p) => p.id);
}

/** Minutes of a closed meeting of the council, adopted and waiting for the town hall to publish them. */
export async function adoptedMinutes(
  databaseUrl: string,
  councilId: string,
  authorId: string,
): Promise<string> {
  const [meeting] = await sql<{ id: string }>(
    databaseUrl,
    `INSERT INTO meeting (council_id, status, starts_at, place, accessible, is_public, scheduled_by, closed_at)
     VALUES ($1, 'CLOSED', $3::timestamptz - interval '10 days', 'Salle du conseil', true, true, $2,
             $3::timestamptz - interval '10 days')
     RETURNING id`,
    [councilId, authorId, clock.now()],
  );
  const [minutes] = await sql<{ id: string }>(
    databaseUrl,
    `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, drafted_by,
                          submitted_at, adopted_at, publication_due)
     VALUES ($1, $2, 1, 'ADOPTED', '# Procès-verbal', 'Débats.', $3, $4, $4, $4::timestamptz::date + 7) RETURNING id`,
    [meeting.id, councilId, authorId, clock.now()],
  );
  return minutes.id;
}

/** The environment a worker process needs to run with this configuration. */
export function envOf(config: AppConfig): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (/^[A-Z_]+$/.test(key) && value !== undefined && value !== null) env[key] = String(value);
  }
  return env;
}

/** The real worker as a separate process (so a test can SIGKILL it). */
export function spawnWorker(config: AppConfig, extra: Record<string, string> = {}): ChildProcess {
  const root = join(__dirname, '..', '..');
  return spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(root, 'apps', 'worker', 'src', 'main.ts'),
    ],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_PROJECT: join(root, 'tsconfig.json'),
        ...envOf(config),
        ...extra,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/** A graphql-ws client on an API, signed in with a bearer token (or anonymous without one). */
export function liveClient(apiUrl: string, token?: string): WsClient {
  return createClient({
    url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
}

/** Collects the notifications a client receives; resolves once it is listening. */
export function collect<T>(
  client: WsClient,
  query: string,
): { received: T[]; errors: unknown[]; stop: () => void } {
  const received: T[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<T>(
    { query },
    {
      next: (value) =>
        value.errors ? errors.push(...value.errors) : received.push(value.data as T),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { received, errors, stop };
}
