/**
 * The harness: the API and the worker in production mode on the dataset, load from this process,
 * ceilings measured in the same run, each scenario `repeats` times (medians), one table.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Pool } from 'pg';
import { ROOT } from '../../scripts/ensure-services';
import * as reads from '../scenarios/reads';
import { mixedRss } from '../scenarios/mixed';
import { supports } from '../scenarios/supports';
import { summarize, tokens } from './people';
import {
  buildDist,
  cpuMs,
  rssMb,
  Running,
  startApi,
  startBareApollo,
  startBareNest,
  startWorker,
} from './processes';
import { BenchReport, machine, table, writeReport } from './report';
import { Ceiling } from './rows';
import { workerSettled } from './settle';
import { SmtpSink } from './smtp-sink';
import type { BenchContext, BenchRow, Scenario } from './types';

/** Every scenario by its `--scenario` name, in the order of the table. */
export const SCENARIOS = [
  'bare-apollo',
  'bare-nest',
  'typename',
  'newest',
  'search',
  'council',
  'proposal',
  'supports',
  'rss',
  'meeting-day',
  'open-data',
  'web-propositions',
  // Last: its 50,000 e-mails keep the worker busy for minutes after its row, which would weigh on
  // whatever ran next. It counts the e-mails the sink receives while it runs: the harness first
  // waits for the e-mails of the scenarios before it (qualified proposals, a meeting's results).
  'fan-out',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Written by another part of issue 14 (bench/scenarios/<name>.ts, `run(ctx)`); absent until merged. */
const EXTERNAL: Partial<Record<ScenarioName, string>> = {
  'meeting-day': 'meeting-day',
  'fan-out': 'fan-out',
};

/** What each scenario's ratio needs measured first. */
const NEEDS: Partial<Record<ScenarioName, ScenarioName[]>> = {
  'bare-nest': ['bare-apollo'],
  typename: ['bare-apollo'],
  newest: ['typename'],
  search: ['typename'],
  council: ['typename'],
  proposal: ['typename'],
};

export interface BenchOptions {
  /** As the application role: the API, the worker and the scenarios' SQL. */
  databaseUrl: string;
  /** As the owner, for maintenance (VACUUM, ANALYZE); databaseUrl when there is one role. */
  ownerDatabaseUrl?: string;
  redisUrl: string;
  scale: number;
  /** Seconds per measured run. */
  duration: number;
  /** Seconds of the mixed run that watches the API's RSS. */
  rssDuration: number;
  connections: number;
  repeats: number;
  /** Settings of the API and the worker (e.g. DATABASE_POOL_SIZE), to compare variants. */
  env?: Record<string, string>;
  /** Empty: all. */
  scenarios: ScenarioName[];
  smoke?: boolean;
  /** Where the JSON goes (null: nowhere, e.g. the test). */
  resultsDir: string | null;
  log?: (message: string) => void;
}

export function withNeeds(names: ScenarioName[]): ScenarioName[] {
  const wanted = new Set<ScenarioName>();
  const add = (name: ScenarioName) => {
    for (const need of NEEDS[name] ?? []) add(need);
    wanted.add(name);
  };
  for (const name of names.length ? names : SCENARIOS) add(name);
  return SCENARIOS.filter((name) => wanted.has(name));
}

function externalScenario(name: string): Scenario | null {
  const file = join(ROOT, 'bench', 'scenarios', `${name}.ts`);
  if (!existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { run: Scenario }).run;
}

const missing = (scenario: string, why: string): BenchRow => ({
  scenario,
  reqPerSec: null,
  p50Ms: null,
  p95Ms: null,
  p99Ms: null,
  errors: 0,
  ceiling: null,
  ceilingValue: null,
  ratio: null,
  target: '',
  met: null,
  apiRssMb: null,
  notes: why,
});

/** Waits until the sink has received nothing for 3 s (at most 2 minutes). */
async function quietSink(sink: SmtpSink, log: (message: string) => void): Promise<void> {
  const deadline = Date.now() + 120_000;
  let seen = sink.received;
  let since = Date.now();
  while (Date.now() - since < 3000 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    if (sink.received !== seen) [seen, since] = [sink.received, Date.now()];
  }
  if (Date.now() >= deadline) log('  the SMTP sink was still receiving e-mails after 2 minutes');
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? ((message: string) => console.log(message));
  const startedAt = new Date().toISOString();
  const host = machine();
  const names = withNeeds(options.scenarios);
  const jwtSecret = randomBytes(24).toString('hex');
  const sink = await new SmtpSink().start();
  const running: Running[] = [];
  const db = new Pool({ connectionString: options.databaseUrl, max: 4 });
  try {
    buildDist();
    const env = {
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      SMTP_URL: sink.url,
      QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
      JWT_SECRET: jwtSecret,
      CENSUS_HASH_KEY: randomBytes(24).toString('hex'),
      ...options.env,
    };
    const [api, worker] = await Promise.all([startApi(env), startWorker(env)]);
    running.push(api, worker);
    log(await workerSettled(db));
    const dataset = await summarize(db, options.scale);
    log(
      `Dataset: ${dataset.residents} residents, ${dataset.proposals} proposals, ${dataset.supports} supports, ${dataset.comments} comments, ${dataset.councilIds.length} councils`,
    );
    const ctx: BenchContext = {
      graphqlUrl: `${api.url}/graphql`,
      graphqlWsUrl: `${api.url.replace(/^http/, 'ws')}/graphql`,
      databaseUrl: options.databaseUrl,
      ownerDatabaseUrl: options.ownerDatabaseUrl ?? options.databaseUrl,
      redisUrl: options.redisUrl,
      queuePrefix: env.QUEUE_PREFIX,
      smtpUrl: sink.url,
      mailsReceived: () => sink.received,
      apiRssMb: () => rssMb(api.child.pid),
      apiCpuMs: () => cpuMs(api.child.pid),
      workerRssMb: () => rssMb(worker.child.pid),
      dataset,
      tokens: tokens(db, jwtSecret),
      duration: options.duration,
      connections: options.connections,
      repeats: options.repeats,
      smoke: options.smoke ?? false,
      log,
    };

    const rows: BenchRow[] = [];
    let bare: Ceiling | null = null;
    let quorum: Ceiling | null = null;
    const ceilingOf = (row: BenchRow, name: string): Ceiling | null =>
      row.reqPerSec === null ? null : { name, value: row.reqPerSec };
    for (const name of names) {
      if (name === 'fan-out') await quietSink(sink, log);
      log(`… ${name}`);
      const began = Date.now();
      let produced: BenchRow[];
      try {
        switch (name) {
          case 'bare-apollo': {
            const server = await startBareApollo();
            running.push(server);
            try {
              produced = [await reads.bareApollo(ctx, server.url, () => cpuMs(server.child.pid))];
            } finally {
              await server.stop();
            }
            bare = ceilingOf(produced[0], 'bare Apollo { hello }');
            break;
          }
          case 'bare-nest': {
            const server = await startBareNest();
            running.push(server);
            try {
              produced = [
                await reads.bareNest(ctx, server.url, bare, () => cpuMs(server.child.pid)),
              ];
            } finally {
              await server.stop();
            }
            break;
          }
          case 'typename':
            produced = [await reads.typename(ctx, bare)];
            quorum = ceilingOf(produced[0], '{ __typename } on Quorum');
            break;
          case 'newest':
            produced = [await reads.newest(ctx, quorum)];
            break;
          case 'search':
            produced = [await reads.search(ctx, quorum)];
            break;
          case 'council':
            produced = [await reads.councilMostSupported(ctx, quorum)];
            break;
          case 'proposal':
            produced = [await reads.proposal(ctx, quorum)];
            break;
          case 'supports':
            produced = await supports(ctx, jwtSecret);
            break;
          case 'rss':
            produced = [await mixedRss(ctx, jwtSecret, options.rssDuration)];
            break;
          default: {
            const run = externalScenario(EXTERNAL[name] ?? name);
            produced = run
              ? await run(ctx)
              : [missing(name, `bench/scenarios/${name}.ts is not in this branch yet`)];
          }
        }
      } catch (error) {
        // One scenario failing does not lose the others' measures: its row says why.
        produced = [
          {
            ...missing(name, `failed: ${error instanceof Error ? error.message : String(error)}`),
            errors: 1,
          },
        ];
      }
      for (const row of produced)
        log(
          `  ${row.scenario}: ${row.reqPerSec?.toFixed(0) ?? '—'} req/s, ${row.errors} errors` +
            (row.apiCpuMsPerReq === undefined
              ? ''
              : `, API CPU ${row.apiCpuMsPerReq.toFixed(2)} ms/req`),
        );
      log(`  (${((Date.now() - began) / 1000).toFixed(0)} s)`);
      rows.push(...produced.map((row) => ({ id: name, ...row })));
    }
    const report: BenchReport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      options: {
        scale: options.scale,
        duration: options.duration,
        rssDuration: options.rssDuration,
        connections: options.connections,
        repeats: options.repeats,
        ...(options.env && Object.keys(options.env).length > 0 ? { env: options.env } : {}),
        scenarios: names,
      },
      machine: { ...host, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
      dataset,
      rows,
    };
    log('\n' + table(rows) + '\n');
    if (options.resultsDir) {
      const full = options.scenarios.length === 0;
      log(`Results: ${writeReport(options.resultsDir, report, full)}`);
    }
    return report;
  } finally {
    for (const process of running.reverse()) await process.stop();
    await sink.stop();
    await db.end();
  }
}
