/**
 * The benchmark harness cannot rot: every scenario runs for one second on a tiny dataset (the
 * API and the worker in production mode from dist/, as `npm run bench` runs them) and produces
 * its row without errors. No timing is asserted: speed is the bench's business (bench/, `npm run
 * bench`), never a test's.
 */
import { generateDataset } from '../bench/data/generate';
import { runBench, SCENARIOS } from '../bench/harness/run';
import type { BenchReport } from '../bench/harness/report';
import { createTestDatabase, TestDatabase } from './support/test-env';

jest.setTimeout(240_000);

describe('npm run bench, every scenario for one second', () => {
  let db: TestDatabase;
  let report: BenchReport;
  const log: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await generateDataset(db.ownerUrl, { scale: 0.02 });
    report = await runBench({
      databaseUrl: db.url,
      ownerDatabaseUrl: db.ownerUrl,
      redisUrl: process.env.TEST_REDIS_URL!,
      scale: 0.02,
      duration: 1,
      rssDuration: 2,
      connections: 4,
      repeats: 1,
      scenarios: [],
      smoke: true,
      resultsDir: null,
      log: (line) => log.push(line),
    });
  });
  afterAll(() => db?.drop());

  it('runs every scenario and gives each a row', () => {
    const ran = new Set(report.rows.map((row) => row.id));
    expect([...ran].sort()).toEqual([...SCENARIOS].sort());
  });

  it('has no failed scenario and no errors in any row', () => {
    const failed = report.rows.filter((row) => row.errors > 0 || /^failed:/.test(row.notes ?? ''));
    expect(failed.map((row) => `${row.scenario}: ${row.errors} errors; ${row.notes}`)).toEqual([]);
  });

  it('measured each of its own scenarios (a throughput, percentiles, the API RSS)', () => {
    const own = report.rows.filter((row) => row.id !== 'meeting-day' && row.id !== 'fan-out');
    for (const row of own) {
      expect({ scenario: row.scenario, measured: row.reqPerSec! > 0 && row.p99Ms! > 0 }).toEqual({
        scenario: row.scenario,
        measured: true,
      });
    }
    expect(report.rows.find((row) => row.id === 'typename')?.apiRssMb).toBeGreaterThan(0);
  });

  it('relates each target to a ceiling of the same run', () => {
    const ratioOf = (id: string) => report.rows.filter((row) => row.id === id).map((r) => r.ratio);
    for (const id of ['typename', 'newest', 'search', 'council', 'proposal'])
      expect(ratioOf(id)[0]).toBeGreaterThan(0);
    const support = report.rows.find((row) => row.scenario.startsWith('supportProposal'))!;
    expect(support.ratio).toBeGreaterThan(0);
    expect(support.notes).toMatch(/^counts exact/);
  });
});
