import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, startRedis } from '../../scripts/ensure-services';

/** Mounts a tmpfs (read-only, or tiny) on `dir`; false where mounting is not allowed. */
function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const unmount = (dir: string) => {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // not mounted
  }
};

/**
 * Fault 6: the embedded services of `npm start` and of the tests on a data directory they cannot
 * use. Each start fails at once with one sentence naming the service, the directory and the
 * problem (what `npm start` prints before it stops), and starts no process. A read-only or a full
 * disk is a tmpfs mounted read-only or tiny (as root, chmod would not stop anyone); where mounting
 * is not allowed, those two cases say so and only the path through a file runs.
 */
describe('Faults: a data directory that is read-only, on a full disk, or not a directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'quorum-fault-dir-'));
  const readOnly = join(root, 'read-only');
  const full = join(root, 'full');
  const mounted = { readOnly: mountTmpfs(readOnly, 'ro,size=1m'), full: false };
  if (mountTmpfs(full, 'size=2m,mode=0777')) mounted.full = true;
  afterAll(() => {
    unmount(readOnly);
    unmount(full);
    rmSync(root, { recursive: true, force: true });
  });

  const failure = async (start: () => Promise<unknown>): Promise<string> => {
    try {
      await start();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error('It started');
  };
  const advice = /Free some space or make the directory writable/;

  it('read-only: PostgreSQL and Redis say which directory is read-only', async () => {
    if (!mounted.readOnly) return console.log('Cannot mount a read-only tmpfs here: case not run');
    const pg = await failure(() => startEmbeddedPostgres(join(readOnly, 'postgres')));
    expect(pg).toMatch(
      `PostgreSQL cannot start: its data directory ${join(readOnly, 'postgres')} is on a read-only file system.`,
    );
    expect(pg).toMatch(advice);
    const redis = await failure(() => startRedis(join(readOnly, 'redis')));
    expect(redis).toMatch(
      `Redis cannot start: its data directory ${join(readOnly, 'redis')} is on a read-only file system.`,
    );
  });

  it('full disk: each says how much room there is and how much it needs', async () => {
    if (!mounted.full) return console.log('Cannot mount a small tmpfs here: case not run');
    // Leave less than a megabyte.
    writeFileSync(join(full, 'filler'), Buffer.alloc(1024 * 1024 + 512 * 1024));
    const pg = await failure(() => startEmbeddedPostgres(join(full, 'postgres')));
    expect(pg).toMatch(
      /^PostgreSQL cannot start: its data directory .+ is on a disk that is full or nearly: 0 MB free, at least 64 MB needed\./,
    );
    const redis = await failure(() => startRedis(join(full, 'redis')));
    expect(redis).toMatch(
      /^Redis cannot start: .+ full or nearly: 0 MB free, at least 4 MB needed\./,
    );
  });

  it('a path through a file: says so', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    const pg = await failure(() => startEmbeddedPostgres(join(file, 'postgres')));
    expect(pg).toMatch(/part of its path is a file, not a directory/);
    expect(pg).toMatch(advice);
    const redis = await failure(() => startRedis(join(file, 'redis')));
    expect(redis).toMatch(/^Redis cannot start: .+ part of its path is a file, not a directory/);
  });
});
