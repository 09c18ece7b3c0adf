import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('The web site’s typed GraphQL (apps/web/src/lib/gql)', () => {
  it('is what codegen makes from the committed schema and the site’s documents', () => {
    // codegen's --check writes nothing and fails on any difference. (A child process: the CLI
    // loads ES modules, which Jest's CommonJS sandbox cannot.)
    const cli = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    const result = spawnSync(
      process.execPath,
      [cli, '--config', 'apps/web/codegen.ts', '--check', '--silent'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    // On a failure: run `npm run web:codegen` and commit apps/web/src/lib/gql.
    expect({ status: result.status, output: result.stdout + result.stderr }).toEqual({
      status: 0,
      output: expect.any(String),
    });
  });
});
