import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, buildStatus, sourcesHash } from '../scripts/build';
import { describeStartUp, launchTimes, seconds } from '../scripts/start-up-times';

/** A small project shaped like Quorum: apps/, libs/ with a path alias, scripts/, a lock file. */
function project(): { root: string; write(file: string, text: string): void } {
  const root = mkdtempSync(join(tmpdir(), 'quorum-build-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write(
    'tsconfig.build.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'commonjs',
        moduleResolution: 'node',
        strict: true,
        rootDir: '.',
        outDir: 'dist',
        incremental: true,
        tsBuildInfoFile: 'dist/.tsbuildinfo',
        types: [],
        baseUrl: '.',
        paths: { '@demo/lib': ['libs/lib/src'] },
      },
      include: ['apps/**/*.ts', 'libs/**/*.ts', 'scripts/**/*.ts'],
      exclude: ['**/*.spec.ts', '**/testing/**'],
    }),
  );
  write('package-lock.json', '{"lockfileVersion": 3}\n');
  write(
    'libs/lib/src/index.ts',
    `export const greeting = (who: string): string => 'Bonjour ' + who;\n`,
  );
  write('libs/lib/src/index.spec.ts', `export {};\n`);
  write('libs/lib/src/testing/helper.ts', `export const helper = 1;\n`);
  write(
    'apps/api/src/main.ts',
    `import { greeting } from '@demo/lib';\nexport const message = greeting('Léa');\n`,
  );
  write('scripts/task.ts', `export const task = 'task';\n`);
  return { root, write };
}

/** What the built app says when Node runs it (the alias must have been rewritten). */
function runBuilt(root: string): string {
  const result = spawnSync(
    process.execPath,
    ['-p', `require('./dist/apps/api/src/main.js').message`],
    { cwd: root, encoding: 'utf8' },
  );
  return result.status === 0 ? result.stdout.trim() : `exit ${result.status}: ${result.stderr}`;
}

/** Pretends a build happened: the stamp of the sources and an output for each compiled file. */
function fakeBuild(root: string, outputs: string[]): void {
  for (const file of outputs) {
    mkdirSync(dirname(join(root, 'dist', file)), { recursive: true });
    writeFileSync(join(root, 'dist', file), '');
  }
  writeFileSync(join(root, 'dist', '.build-stamp'), sourcesHash(root) + '\n');
}

const OUTPUTS = ['libs/lib/src/index.js', 'apps/api/src/main.js', 'scripts/task.js'];

describe('Whether the build is up to date', () => {
  let root: string;
  let write: (file: string, text: string) => void;
  beforeEach(() => {
    ({ root, write } = project());
    fakeBuild(root, OUTPUTS);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date when dist/ was built from these sources (tests and testing helpers need no output)', () => {
    expect(buildStatus(root)).toEqual({ upToDate: true, reason: 'up to date' });
  });

  it('is not when dist/ is gone', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(buildStatus(root)).toEqual({ upToDate: false, reason: 'no build yet' });
  });

  it('is not when a compiled file is missing from dist/', () => {
    rmSync(join(root, 'dist', 'scripts', 'task.js'));
    expect(buildStatus(root)).toEqual({ upToDate: false, reason: 'outputs missing' });
  });

  it.each([
    ['a source is edited', () => write('libs/lib/src/index.ts', 'export const greeting = 1;\n')],
    ['a test is edited', () => write('libs/lib/src/index.spec.ts', 'export const x = 1;\n')],
    ['a source is added', () => write('libs/lib/src/more.ts', 'export {};\n')],
    ['a source is deleted', () => rmSync(join(root, 'scripts', 'task.ts'))],
    ['a tsconfig changes', () => write('tsconfig.build.json', '{}')],
    ['the dependencies change', () => write('package-lock.json', '{"lockfileVersion": 3, "x": 1}')],
  ])('is not when %s', (_what, change) => {
    change();
    expect(buildStatus(root)).toEqual({ upToDate: false, reason: 'sources changed' });
  });

  it('judges by contents: a file touched but unchanged, or changed and changed back, needs no build', () => {
    const file = join(root, 'apps', 'api', 'src', 'main.ts');
    utimesSync(file, new Date(), new Date(Date.now() + 3_600_000));
    const original = readFileSync(file, 'utf8');
    write('apps/api/src/main.ts', original + '// edited\n');
    expect(buildStatus(root).upToDate).toBe(false);
    write('apps/api/src/main.ts', original);
    expect(buildStatus(root)).toEqual({ upToDate: true, reason: 'up to date' });
  });
});

describe('The build (tsc and tsc-alias, for real, on a small project)', () => {
  let root: string;
  let write: (file: string, text: string) => void;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  beforeAll(() => ({ root, write } = project()));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds into dist/ with the path aliases rewritten, then skips the build while nothing changed', () => {
    expect(build(root, log)).toMatchObject({ built: true, reason: 'no build yet' });
    expect(runBuilt(root)).toBe('Bonjour Léa');
    expect(existsSync(join(root, 'dist', 'libs', 'lib', 'src', 'testing'))).toBe(false);

    lines.length = 0;
    expect(build(root, log)).toMatchObject({ built: false, reason: 'up to date' });
    expect(lines).toEqual(['Build up to date (dist/ matches the sources): skipped.']);
  }, 120_000);

  it('rebuilds after an edit, and removes what a deleted source had compiled to', () => {
    write(
      'libs/lib/src/index.ts',
      `export const greeting = (who: string): string => 'Salut ' + who;\n`,
    );
    rmSync(join(root, 'scripts', 'task.ts'));
    expect(build(root, log)).toMatchObject({ built: true, reason: 'sources changed' });
    expect(runBuilt(root)).toBe('Salut Léa');
    expect(existsSync(join(root, 'dist', 'scripts', 'task.js'))).toBe(false);
    expect(existsSync(join(root, 'dist', 'scripts', 'task.js.map'))).toBe(false);
    expect(build(root, log)).toMatchObject({ built: false });
  }, 120_000);

  it('emits again what was deleted from dist/, though tsc’s incremental state says nothing changed', () => {
    rmSync(join(root, 'dist', 'apps'), { recursive: true });
    expect(build(root, log)).toMatchObject({ built: true, reason: 'outputs missing' });
    expect(runBuilt(root)).toBe('Salut Léa');

    rmSync(join(root, 'dist'), { recursive: true });
    expect(build(root, log)).toMatchObject({ built: true, reason: 'no build yet' });
    expect(runBuilt(root)).toBe('Salut Léa');
  }, 120_000);

  it('fails on a type error and does not call that build up to date', () => {
    write('apps/api/src/main.ts', `export const message: number = 'not a number';\n`);
    expect(() => build(root, log)).toThrow('tsc failed');
    expect(buildStatus(root).upToDate).toBe(false);
  }, 120_000);
});

describe('The start-up banner’s times', () => {
  const launchedAt = 1_000_000;

  it('gives the total from the launch and every part, the first time', () => {
    const launch = { launchedAt, installMs: 61_000, buildMs: 24_000 };
    const parts: [string, number][] = [
      ['loading', 1_500],
      ['services', 4_000],
      ['migrations', 2_000],
      ['seed', 1_000],
      ['API and worker', 2_000],
    ];
    expect(describeStartUp(launch, parts, launchedAt + 95_800)).toBe(
      'ready in 96 s (install 61 s, build 24 s, loading 1.5 s, services 4.0 s, migrations 2.0 s, ' +
        'seed 1.0 s, API and worker 2.0 s, other 0.3 s)',
    );
  });

  it('says which parts were skipped, and leaves out what was not run', () => {
    const launch = { launchedAt, installMs: null, buildMs: null };
    expect(
      describeStartUp(
        launch,
        [
          ['loading', 1_200],
          ['migrations', 30],
          ['seed', { skipped: 'already done' }],
          ['API and worker', 3_000],
        ],
        launchedAt + 4_250,
      ),
    ).toBe(
      'ready in 4.3 s (install up to date, build up to date, loading 1.2 s, migrations < 0.1 s, ' +
        'seed already done, API and worker 3.0 s)',
    );
  });

  it('measures from its own process when not started by bootstrap.js', () => {
    const own = launchTimes(undefined);
    expect(own.installMs).toBeUndefined();
    expect(own.launchedAt).toBeLessThanOrEqual(Date.now());
    expect(launchTimes('not json')).toEqual(own);
    expect(launchTimes(JSON.stringify({ launchedAt, installMs: 5, buildMs: null }))).toEqual({
      launchedAt,
      installMs: 5,
      buildMs: null,
    });
    expect(describeStartUp({ launchedAt }, [['API and worker', 2_000]], launchedAt + 2_000)).toBe(
      'ready in 2.0 s (API and worker 2.0 s)',
    );
  });

  it.each([
    [10, '< 0.1 s'],
    [940, '0.9 s'],
    [9_940, '9.9 s'],
    [9_960, '10 s'],
    [94_400, '94 s'],
  ])('writes %i ms as %s', (ms, text) => expect(seconds(ms)).toBe(text));
});
