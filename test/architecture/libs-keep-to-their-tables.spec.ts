import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accesses, catalogue, sqlOutsideRepositories } from './table-access';

/**
 * Each lib's SQL touches its own tables, and the read views other libs publish; the SQL lives in
 * repositories. (Read from the source: see table-access.ts for what counts as a table access.)
 */
const cat = catalogue();

const migrations = readdirSync(join(__dirname, '..', '..', 'libs', 'db', 'src', 'migrations'))
  .map((name) =>
    readFileSync(join(__dirname, '..', '..', 'libs', 'db', 'src', 'migrations', name), 'utf8'),
  )
  .join('\n');

describe('Libs keep to their own tables', () => {
  it('read another lib only through the views it declares', () => {
    const undeclared = accesses(cat)
      .filter((a) => cat.owner.get(a.table) !== a.lib && !cat.views.has(a.table))
      .map(
        (a) =>
          `${a.file}:${a.line} ${a.lib} reads ${a.table} (${cat.owner.get(a.table) ?? 'unknown'})`,
      );
    expect(undeclared).toEqual([]);
  });

  it('declare only views that a migration creates', () => {
    const missing = [...cat.views.keys()].filter(
      (view) => !new RegExp(`CREATE VIEW ${view}\\b`).test(migrations),
    );
    expect(missing).toEqual([]);
  });

  it('write their SQL in repositories only', () => {
    expect(sqlOutsideRepositories(cat).map((f) => `${f.file}:${f.line}`)).toEqual([]);
  });
});
