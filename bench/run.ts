/**
 * `npm run bench [-- --scenario <name>[,<name>…]] [--duration 10] [--scale 1] [--connections 16]
 * [--repeats 3] [--rss-duration 300] [--env NAME=value …]`: a fresh embedded PostgreSQL and Redis under .data/bench,
 * migrations, the dataset at `scale`, then the harness (bench/harness/run.ts). The table is
 * printed and written to bench/results/ (latest.json for a full run).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMigrations } from '@quorum/db';
import { ROOT, startEmbeddedPostgres, startRedis } from '../scripts/ensure-services';
import { prepareDataset } from './harness/dataset';
import { runBench, ScenarioName, SCENARIOS } from './harness/run';

/** What the harness sets itself (its own services, a production deploy's settings). */
const HARNESS_SETTINGS = [
  'DATABASE_URL',
  'REDIS_URL',
  'SMTP_URL',
  'QUEUE_PREFIX',
  'JWT_SECRET',
  'CENSUS_HASH_KEY',
  'NODE_ENV',
  'PORT',
  'PUBLIC_URL',
  'TOWN_NAME',
  'LOG_LEVEL',
];

function options() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', multiple: true, default: [] },
      duration: { type: 'string', default: '10' },
      scale: { type: 'string', default: '1' },
      connections: { type: 'string', default: '16' },
      repeats: { type: 'string', default: '3' },
      'rss-duration': { type: 'string', default: '300' },
      env: { type: 'string', multiple: true, default: [] },
    },
  });
  const scenarios = values.scenario.flatMap((s) => s.split(',')).filter(Boolean);
  for (const name of scenarios)
    if (!(SCENARIOS as readonly string[]).includes(name))
      throw new Error(`--scenario ${name}: one of ${SCENARIOS.join(', ')}`);
  const number = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!(n >= min)) throw new Error(`--${name} ${value}: a number ≥ ${min}`);
    return n;
  };
  return {
    scenarios: scenarios as ScenarioName[],
    duration: number('duration', values.duration, 1),
    scale: number('scale', values.scale, 0.0001),
    connections: number('connections', values.connections, 1),
    repeats: number('repeats', values.repeats, 1),
    rssDuration: number('rss-duration', values['rss-duration'], 1),
    env: Object.fromEntries(
      values.env.map((pair) => {
        const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(pair);
        if (!match) throw new Error(`--env ${pair}: NAME=value, NAME in capitals`);
        if (HARNESS_SETTINGS.includes(match[1]))
          throw new Error(`--env ${match[1]}: set by the harness itself, not by --env`);
        return [match[1], match[2]];
      }),
    ),
  };
}

const fresh = (dir: string) => {
  rmSync(dir, { recursive: true, force: true });
  return dir;
};

async function main(): Promise<void> {
  const wanted = options();
  const [postgres, redis] = await Promise.all([
    // Wiped here rather than by `fresh`, which also turns fsync off: commits cost what they cost
    // in production.
    startEmbeddedPostgres(fresh(join(ROOT, '.data', 'bench', 'postgres'))),
    startRedis(join(ROOT, '.data', 'bench', 'redis'), true),
  ]);
  try {
    await runMigrations(postgres.ownerUrl, postgres.url);
    const began = Date.now();
    const generator = await prepareDataset(postgres.ownerUrl, wanted.scale);
    console.log(
      `Dataset at scale ${wanted.scale} (${generator}) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
    );
    await runBench({
      ...wanted,
      databaseUrl: postgres.url,
      ownerDatabaseUrl: postgres.ownerUrl,
      redisUrl: redis.url,
      resultsDir: join(ROOT, 'bench', 'results'),
    });
  } finally {
    await Promise.allSettled([postgres.stop(), redis.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
