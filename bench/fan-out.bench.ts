/**
 * `npm run bench` (second table): how fast one event reaches a large audience in-app, for a few
 * values of NOTIFICATION_BATCH_SIZE, through the real worker (relay, BullMQ, batches) against
 * embedded PostgreSQL and Redis started for the run. E-mails are off for everyone here, so the
 * table measures the fan-out itself. Each result is a ratio to the default batch size (500).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '@quorum/core';
import { runMigrations } from '@quorum/db';
import { ROOT, startEmbeddedPostgres, startRedis } from '../scripts/ensure-services';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';

const FOLLOWERS = 10_000;
const BATCH_SIZES = [100, 500, 2000];
const BASELINE = 500;

async function main(): Promise<void> {
  const [postgres, redis] = await Promise.all([
    startEmbeddedPostgres(join(ROOT, '.data', 'bench', 'postgres'), true),
    startRedis(join(ROOT, '.data', 'bench', 'redis'), true),
  ]);
  const db = new Client({ connectionString: postgres.url });
  try {
    await runMigrations(postgres.url);
    await db.connect();
    const [{ id: councilId }] = (
      await db.query(
        `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
         VALUES ('bench', 'Bench', 'bench', 'Bench', 'bench', 1) RETURNING id`,
      )
    ).rows;
    await db.query(
      `WITH made AS (
         INSERT INTO account (email, display_name, password_hash, role, email_verified_at)
         SELECT 'f' || i || '@bench.example', 'F ' || i, 'x', 'RESIDENT', now() FROM generate_series(1, $2::int) i
         RETURNING id),
       followed AS (INSERT INTO council_follower (council_id, account_id) SELECT $1, id FROM made)
       INSERT INTO notification_preference (account_id, event_type, mode) SELECT id, 'minutes.published', 'OFF' FROM made`,
      [councilId, FOLLOWERS],
    );
    const [{ id: meetingId }] = (
      await db.query(
        `INSERT INTO meeting (council_id, status, starts_at, place, accessible, is_public, scheduled_by)
         SELECT $1, 'CLOSED', now(), 'x', true, true, id FROM account LIMIT 1 RETURNING id`,
        [councilId],
      )
    ).rows;
    const [{ id: minutesId }] = (
      await db.query(
        `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, drafted_by)
         SELECT $1, $2, 1, 'PUBLISHED', 'x', 'x', id FROM account LIMIT 1 RETURNING id`,
        [meetingId, councilId],
      )
    ).rows;

    const run = async (batchSize: number) => {
      const config = loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: postgres.url,
        REDIS_URL: redis.url,
        SMTP_URL: 'smtp://127.0.0.1:1',
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
        CENSUS_HASH_KEY: 'bench-census-bench-census-bench-census',
        LOG_LEVEL: 'silent',
        OUTBOX_POLL_MS: '50',
        QUEUE_PREFIX: `bench${batchSize}`,
        NOTIFICATION_BATCH_SIZE: String(batchSize),
      });
      const worker = await createWorkerApp(config);
      try {
        const started = performance.now();
        const [{ id: eventId }] = (
          await db.query(
            `INSERT INTO outbox_event (type, payload) VALUES ('minutes.published', $1) RETURNING id`,
            [JSON.stringify({ minutesId })],
          )
        ).rows;
        for (;;) {
          const [{ n }] = (
            await db.query(`SELECT count(*)::int AS n FROM notification WHERE event_id = $1`, [
              eventId,
            ])
          ).rows;
          if (n === FOLLOWERS) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        const seconds = (performance.now() - started) / 1000;
        return { batchSize, seconds, perSecond: FOLLOWERS / seconds };
      } finally {
        await worker.close();
      }
    };

    await run(BASELINE); // warm-up (JIT, pools), not reported
    const results = [];
    for (const size of BATCH_SIZES) results.push(await run(size));
    const baseline = results.find((r) => r.batchSize === BASELINE)!;
    console.log(`\nFan-out of one event to ${FOLLOWERS} followers, in-app only, one worker\n`);
    console.log('| batch size | jobs | seconds | notifications/s | ratio to batch 500 |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.batchSize}${r.batchSize === BASELINE ? ' (default, baseline)' : ''} | ${Math.ceil(FOLLOWERS / r.batchSize) + 1} | ${r.seconds.toFixed(2)} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / baseline.perSecond).toFixed(2)} |`,
      );
    }
  } finally {
    await db.end().catch(() => undefined);
    await Promise.allSettled([postgres.stop(), redis.stop()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
