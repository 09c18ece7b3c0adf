import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@quorum/core';
import { dataSourceOptions } from '@quorum/db';

const ROOT = join(__dirname, '..');
const valid = {
  DATABASE_URL: 'postgres://quorum:quorum@127.0.0.1:5432/quorum',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  JWT_SECRET: 'x'.repeat(32),
  CENSUS_HASH_KEY: 'y'.repeat(32),
  PUBLIC_URL: 'https://quorum.example.fr',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe('Configuration is validated at boot', () => {
  it('accepts a complete environment and applies defaults', () => {
    const config = loadConfig(valid);
    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.publicUrl).toBe('https://quorum.example.fr');
    expect(config.DATABASE_POOL_SIZE).toBe(10);
    expect(loadConfig({ ...valid, DATABASE_POOL_SIZE: '32' }).DATABASE_POOL_SIZE).toBe(32);
    expect(dataSourceOptions(valid.DATABASE_URL, 32)).toMatchObject({ extra: { max: 32 } });
    expect(config.PUBLIC_READ_CACHE_MB).toBe(32);
    expect(loadConfig({ ...valid, PUBLIC_READ_CACHE_MB: '0' }).PUBLIC_READ_CACHE_MB).toBe(0);
  });

  it('names every missing variable', () => {
    expect(problems({}).sort()).toEqual([
      'CENSUS_HASH_KEY',
      'DATABASE_URL',
      'JWT_SECRET',
      'REDIS_URL',
      'SMTP_URL',
    ]);
  });

  it('requires PUBLIC_URL in production, where e-mail links need it', () => {
    const { PUBLIC_URL: _unused, ...rest } = valid;
    expect(problems({ ...rest })).toEqual([]);
    expect(problems({ ...rest, NODE_ENV: 'production' })).toEqual(['PUBLIC_URL']);
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/quorum'],
    ['REDIS_URL', 'localhost:6379'],
    ['SMTP_URL', 'http://mail'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['JWT_SECRET', 'short'],
    ['PUBLIC_URL', 'not a url'],
    ['OUTBOX_RELAY', 'maybe'],
    ['JOB_ATTEMPTS', '0'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['PUBLIC_READ_CACHE_MB', '-1'],
    ['PUBLIC_READ_CACHE_MB', '2048'],
    // The site's primary colour must read on white (WCAG AA 4.5:1): #777777 is 4.48:1.
    ['TOWN_COLOR', '#777777'],
    ['TOWN_COLOR', 'blue'],
    ['TOWN_LOGO_URL', 'javascript:alert(1)'],
    ['TOWN_LOGO_URL', '//elsewhere.example/logo.png'],
  ])('rejects %s=%s, naming it and what is expected', (variable, value) => {
    expect(problems({ ...valid, [variable]: value })).toEqual([variable]);
    expect(() => loadConfig({ ...valid, [variable]: value })).toThrow(
      new RegExp(`${variable}: must`),
    );
  });
});

function run(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: 'tsconfig.json', ...env },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('A bad configuration stops the process', () => {
  it.each([['apps/api/src/main.ts'], ['apps/worker/src/main.ts']])(
    '%s exits with code 78 and names the variable',
    async (entry) => {
      const { code, stderr } = await run(entry, { ...valid, REDIS_URL: 'localhost:6379' });
      expect(code).toBe(78);
      expect(stderr).toContain('REDIS_URL: must be a Redis URL');
      expect(stderr).not.toContain('x'.repeat(32));
    },
  );
});
