import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import fc from 'fast-check';
import { bearer, newVerifiedResident, TestAccount } from '../support/factories';
import { sql } from '../support/meeting-fixtures';
import {
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { FuzzTarget, fuzzTargets } from './support/fuzz-targets';
import { seedSecretWorld, SecretWorld } from './support/secret-world';

/** The seed of every run: a failure prints it with the path, `fc.assert` replays it. */
const SEED = 1818;
/** Runs per argument: with ~250 arguments, a few thousand requests in all. */
const RUNS = 12;

/** Strings a hostile client sends: SQL, templates, format strings, Unicode edges, sizes. */
const NASTY = [
  "' OR '1'='1",
  "'; DROP TABLE account; --",
  '" OR ""="',
  "1' AND pg_sleep(0) IS NULL --",
  "' || (SELECT current_user) || '",
  '$1',
  '\\',
  '%',
  '_',
  '${7*7}',
  '{{7*7}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '%s%n%x',
  '../../etc/passwd',
  '\u0000',
  'avant\u0000après',
  '\uD800',
  'x\uDFFFy',
  '\u202Egnp.exe',
  'a\u200Bb\u200Dc\uFEFF',
  'é'.repeat(10_000),
  'x'.repeat(10_000),
  '😀'.repeat(5_000),
  '',
  ' ',
  'null',
  '00000000-0000-0000-0000-000000000000',
  '-1',
  '9'.repeat(400),
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
);

/** Item 7 of issue 18: every String, enum, ID and cursor argument of the SDL, fuzzed. */
describe('Injection: fuzzing every string, enum, ID and cursor argument (issue 18, item 7)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let world: SecretWorld;
  let targets: FuzzTarget[];
  let callers: (TestAccount | null)[];

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({
      DATABASE_URL: db.url,
      // The budgets are tested elsewhere (rate-limits.e2e-spec.ts): here they would only stop
      // the fuzzed values before the code they should reach.
      RATE_LIMIT_BUDGETS: [
        'login:account-ip',
        'login:ip',
        'login:account',
        'register:ip',
        'register:email',
        'password-reset:ip',
        'password-reset:account',
        'claim-residency:account',
        'verify-audit-chain:ip',
      ]
        .map((bucket) => `${bucket}=1000000`)
        .join(','),
    });
    api = await startApi(config);
    world = await seedSecretWorld(api.url, config, db.url);
    targets = fuzzTargets({
      ids: world.ids,
      unknownId: '00000000-0000-4000-8000-000000000000',
    });
    callers = [
      null,
      await newVerifiedResident(config, db.url, {
        neighbourhood: normalizeName(world.victim.neighbourhood),
      }),
      world.victim.chair,
      world.agent,
    ];
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('finds the arguments of every operation that takes a string, an enum or an ID', () => {
    const operations = new Set(targets.map((t) => t.operation));
    // A sample of what the enumeration must hold, so a broken walk cannot pass empty.
    for (const op of [
      'proposals',
      'submitProposal',
      'auditLog',
      'importCensus',
      'castVote',
      'importSolidarityEntries',
      'assessWorks',
      'answerPlaceReport',
      'places',
    ])
      expect(operations).toContain(op);
    expect(targets.filter((t) => t.path.join('.') === 'after').length).toBeGreaterThan(5);
    expect(targets.filter((t) => t.enumType).length).toBeGreaterThan(10);
  });

  it('answers every fuzzed value with a clean refusal or a safe success, never an internal error', async () => {
    const failures: string[] = [];
    // Six arguments at a time, each its own property with its own seed.
    for (let i = 0; i < targets.length; i += 6) {
      await Promise.all(
        targets.slice(i, i + 6).map(async (target, j) => {
          const values = target.enumType
            ? fc.oneof(
                fc.constantFrom(...target.enumType.getValues().map((v) => v.value as string)),
                hostile,
              )
            : hostile;
          const seed = SEED + i + j;
          const result = await fc.check(
            fc.asyncProperty(values, fc.constantFrom(...callers), async (value, caller) => {
              const r = await graphql(
                api.url,
                target.document,
                target.variables(value),
                caller ? bearer(caller) : {},
              );
              const codes = (r.errors ?? []).map((e) => e.extensions?.code);
              return (
                r.status < 500 &&
                codes.every((c) => typeof c === 'string' && c !== 'INTERNAL_SERVER_ERROR')
              );
            }),
            { seed, numRuns: RUNS },
          );
          if (result.failed) {
            const [value, caller] = result.counterexample!;
            const r = await graphql(
              api.url,
              target.document,
              target.variables(value),
              caller ? bearer(caller) : {},
            );
            failures.push(
              `${target.operation}(${target.path.join('.')}) seed ${seed} path ${result.counterexamplePath}: ` +
                `${JSON.stringify(value).slice(0, 80)} as ${caller ? caller.email : 'anonymous'} → ` +
                `${r.status} ${JSON.stringify(r.errors?.[0]).slice(0, 300)}`,
            );
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    // ~270 arguments since issue 19's libs: past jest's default minute on this shared machine.
  }, 180_000);

  it('still holds an intact audit chain and a healthy API afterwards', async () => {
    const r = await graphql<{ verifyAuditChain: { valid: boolean; checked: number } }>(
      api.url,
      '{ verifyAuditChain { valid checked } }',
    );
    expect(r.data!.verifyAuditChain.valid).toBe(true);
    const [{ count }] = await sql<{ count: string }>(db.url, 'SELECT count(*) FROM audit_log');
    expect(r.data!.verifyAuditChain.checked).toBe(Number(count));
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });
});
