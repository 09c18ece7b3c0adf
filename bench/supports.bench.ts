/**
 * `npm run bench`: supports on one popular proposal against supports spread over many, through
 * the real API on loopback, against embedded PostgreSQL and Redis started for the run. What it
 * measures: the per-proposal row lock that keeps counts exact (SPEC §3) must not turn a popular
 * proposal into a global bottleneck. The result is a ratio to the spread baseline of the same run.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '@quorum/core';
import { runMigrations } from '@quorum/db';
import { ROOT, startEmbeddedPostgres, startRedis } from '../scripts/ensure-services';
import { accessToken } from '../test/support/factories';
import { createApiApp } from '../apps/api/src/create-api-app';

const RESIDENTS = 400;
const SPREAD_OVER = 20;
const CONCURRENCY = 32;

async function main(): Promise<void> {
  const [postgres, redis] = await Promise.all([
    startEmbeddedPostgres(join(ROOT, '.data', 'bench', 'postgres'), true),
    startRedis(join(ROOT, '.data', 'bench', 'redis'), true),
  ]);
  try {
    await runMigrations(postgres.ownerUrl, postgres.url);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      SMTP_URL: 'smtp://127.0.0.1:1',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      CENSUS_HASH_KEY: 'bench-census-bench-census-bench-census',
      LOG_LEVEL: 'silent',
    });
    const app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/graphql`;

    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    const [{ id: councilId }] = (
      await db.query(
        `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
         VALUES ('bench', 'Bench', 'bench', 'Bench', 'bench', 1) RETURNING id`,
      )
    ).rows;
    await db.query(
      `INSERT INTO council_charter (council_id, version, support_threshold, support_window_days, response_deadline_days,
         convocation_notice_days, minutes_publication_days, opposition_agenda_quota, term_years, resident_co_chair_required,
         resident_seats, association_seats, majority_seats, opposition_seats)
       VALUES ($1, 1, 100000, 90, 60, 5, 7, 1, 3, true, 12, 4, 3, 2)`,
      [councilId],
    );
    const tokens: string[] = [];
    for (let i = 0; i < RESIDENTS; i++) {
      const {
        rows: [account],
      } = await db.query(
        `INSERT INTO account (email, display_name, email_verified_at, residency_neighbourhood, residency_verified_at, residency_method)
         VALUES ($1, $2, now(), 'bench', now(), 'AGENT') RETURNING id`,
        [`bench-${i}@example.fr`, `Bench ${i}`],
      );
      const {
        rows: [session],
      } = await db.query(`INSERT INTO session (account_id) VALUES ($1) RETURNING id`, [account.id]);
      tokens.push(accessToken(config, account.id, session.id, { expiresIn: 3600 }));
    }
    const newProposals = async (count: number) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const { rows } = await db.query(
          `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status, support_threshold, published_at, expires_at)
           SELECT $1, id, 'Bench proposal', 'x', '<p>x</p>', 'OTHER', 'PUBLISHED', 100000, now(), now() + interval '90 days'
             FROM account LIMIT 1 RETURNING id`,
          [councilId],
        );
        ids.push(rows[0].id);
      }
      return ids;
    };

    const run = async (label: string, targetOf: (i: number) => string) => {
      let next = 0;
      let failures = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < RESIDENTS) {
            const i = next++;
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
              body: JSON.stringify({
                query: `mutation($id: ID!) { supportProposal(id: $id) { proposal { supportCount } } }`,
                variables: { id: targetOf(i) },
              }),
            });
            const body = (await response.json()) as { errors?: unknown[] };
            if (body.errors) failures += 1;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      return { label, requests: RESIDENTS, failures, seconds, perSecond: RESIDENTS / seconds };
    };

    // Warm-up (JIT, connection pools), not reported.
    const warm = await newProposals(1);
    await run('warm-up', () => warm[0]);
    await db.query(`DELETE FROM proposal_support`);

    const spread = await newProposals(SPREAD_OVER);
    const baseline = await run(
      `spread over ${SPREAD_OVER} proposals (baseline)`,
      (i) => spread[i % SPREAD_OVER],
    );
    const [hot] = await newProposals(1);
    const popular = await run('one popular proposal', () => hot);
    const counted = (await db.query(`SELECT support_count FROM proposal WHERE id = $1`, [hot]))
      .rows[0].support_count;

    console.log(
      `\nsupportProposal, ${RESIDENTS} residents, ${CONCURRENCY} concurrent clients, API on loopback\n`,
    );
    console.log('| scenario | requests | failures | seconds | supports/s | ratio to baseline |');
    console.log('|---|---|---|---|---|---|');
    for (const r of [baseline, popular]) {
      console.log(
        `| ${r.label} | ${r.requests} | ${r.failures} | ${r.seconds.toFixed(2)} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / baseline.perSecond).toFixed(2)} |`,
      );
    }
    console.log(`\nCount on the popular proposal: ${counted} (expected ${RESIDENTS}).`);
    await db.end();
    await app.close();
  } finally {
    await Promise.allSettled([postgres.stop(), redis.stop()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
