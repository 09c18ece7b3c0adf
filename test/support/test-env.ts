import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import {
  INestApplication,
  INestApplicationContext,
  ModuleMetadata,
  Provider,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/db/src/data-source-options';
import { AppConfig, Clock, loadConfig, MovableClock } from '@quorum/core';
import { createApiApp } from '../../apps/api/src/create-api-app';
import type { NodeHandler } from '../../apps/api/src/http/web-site';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the tests with \`npm test\` (jest's global setup sets it)`,
    );
  return value;
}

export const adminDatabaseUrl = () => required('TEST_ADMIN_DATABASE_URL');

/**
 * The test file's clock (each file has its own modules, so its own clock): the API and the worker
 * it starts read the time from it, and a test moves it (`clock.travelTo(…)`) rather than
 * rewriting times in the database.
 */
export const clock = new MovableClock();
// Each test starts on the system's time: the moves it makes are its own, whatever runs before it.
afterEach(() => clock.reset());

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export interface TestDatabase {
  name: string;
  /** As the application role (`quorum_app`, owns nothing): what the API and the worker use. */
  url: string;
  /**
   * As the owner (`quorum`): for what only the owner may do (migrations, bench data loading) and
   * for tests that show what the owner still can (README, "Known limits").
   */
  ownerUrl: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for a test file, cloned from the migrated template (or empty). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = uniqueName('qt');
  const template = options.empty ? 'template0' : 'quorum_template';
  await withAdmin(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${template} OWNER quorum`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant: PostgreSQL refuses one; try again.
        if (attempt > 50 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const inDatabase = (url: string) => url.replace(/\/quorum$/, `/${name}`);
  return {
    name,
    url: inDatabase(required('TEST_DATABASE_URL')),
    ownerUrl: inDatabase(required('TEST_OWNER_DATABASE_URL')),
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** A validated configuration for tests; each call gets its own queue prefix. */
export function testConfig(env: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: required('TEST_REDIS_URL'),
    SMTP_URL: 'smtp://127.0.0.1:1',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    CENSUS_HASH_KEY: 'census-key-census-key-census-key-0123',
    PUBLIC_URL: 'http://quorum.test',
    TOWN_NAME: 'Testville',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: uniqueName('q').toLowerCase(),
    OUTBOX_POLL_MS: '50',
    JOB_ATTEMPTS: '3',
    JOB_BACKOFF_MS: '20',
    ...env,
  });
}

export interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The real API (same bootstrap as production) listening on a free loopback port. */
export async function startApi(
  config: AppConfig,
  extra: ModuleMetadata['imports'] = [],
  time: Clock = clock,
  webSite?: NodeHandler,
): Promise<RunningApi> {
  const app = await createApiApp(config, extra, time, webSite);
  // An API that refuses to start (a boot check) must not leave its connections open.
  await app.listen(0, '127.0.0.1').catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const close = async () => {
    // Keep-alive sockets of the test's fetch calls would hold the server open.
    (app.getHttpServer() as import('node:http').Server).closeAllConnections();
    await app.close();
  };
  return { app, url: `http://127.0.0.1:${port}`, close };
}

/**
 * The API on a database of its own for the enclosing describe block: started before its tests,
 * closed and dropped after them. `env` adds to testConfig's variables.
 */
export function useApi(env: Record<string, string> = {}): {
  readonly api: RunningApi;
  readonly db: TestDatabase;
} {
  const running = {} as { api: RunningApi; db: TestDatabase };
  beforeAll(async () => {
    running.db = await createTestDatabase();
    running.api = await startApi(testConfig({ DATABASE_URL: running.db.url, ...env }));
  });
  afterAll(async () => {
    await running.api?.close();
    await running.db?.drop();
  });
  return running;
}

/**
 * A database of its own and a TypeORM DataSource on it, for the enclosing describe block (tests
 * that run a repository's SQL directly): opened before its tests, closed and dropped after them.
 */
export function useDataSource(): { readonly dataSource: DataSource; readonly db: TestDatabase } {
  const opened = {} as { dataSource: DataSource; db: TestDatabase };
  beforeAll(async () => {
    opened.db = await createTestDatabase();
    opened.dataSource = await new DataSource(dataSourceOptions(opened.db.url)).initialize();
  });
  afterAll(async () => {
    await opened.dataSource?.destroy();
    await opened.db?.drop();
  });
  return opened;
}

export function startWorker(
  config: AppConfig,
  extraProviders: Provider[] = [],
  time: Clock = clock,
): Promise<INestApplicationContext> {
  return createWorkerApp(config, extraProviders, time);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation as a client would. */
export async function graphql<T = Record<string, unknown>>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

type WithErrors = { errors?: { extensions?: Record<string, unknown> }[] };

/** The `extensions.code` of a response's first error. */
export const codeOf = (r: WithErrors) => r.errors?.[0]?.extensions?.code;

/** The `reason` of a response's first error (which rule refused it). */
export const reasonOf = (r: WithErrors) => r.errors?.[0]?.extensions?.reason;

/** The fields named by a response's first error (BAD_USER_INPUT). */
export const fieldsOf = (r: WithErrors) =>
  (r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field);
