import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The libs' layers, lowest first: a lib imports only those named here, through their index
 * (`@quorum/<lib>`), never another lib's files by a relative path. Adding an arrow is a design
 * decision: make it here, and keep the graph free of cycles.
 */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  db: ['core'],
  outbox: ['core', 'db'],
  transparency: ['core', 'db'],
  identity: ['core', 'db', 'outbox', 'transparency'],
  councils: ['core', 'db', 'outbox', 'transparency', 'identity'],
  notifications: ['core', 'db', 'outbox', 'identity'],
  proposals: ['core', 'db', 'outbox', 'transparency', 'identity', 'councils', 'notifications'],
  places: ['core', 'db', 'outbox', 'transparency', 'identity', 'councils', 'notifications'],
  meetings: [
    'core',
    'db',
    'outbox',
    'transparency',
    'identity',
    'councils',
    'notifications',
    'proposals',
    'places',
  ],
  works: [
    'core',
    'db',
    'outbox',
    'transparency',
    'identity',
    'councils',
    'notifications',
    'associations',
  ],
  associations: ['core', 'db', 'outbox', 'transparency', 'identity', 'councils', 'notifications'],
};

/** Relative imports across libs that must stay so, and why. */
const RELATIVE_ON_PURPOSE: Record<string, string> = {
  'db/src/data-source-options.ts': 'jest’s global setup runs the migrations without path aliases',
};

const LIBS = join(__dirname, '..', '..', 'libs');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) out.push(path);
  }
  return out;
}

describe('Libs depend on the layers below them only', () => {
  const libs = readdirSync(LIBS).filter((name) => statSync(join(LIBS, name)).isDirectory());

  it('every lib has its place in the layers', () => {
    expect(libs.filter((lib) => !(lib in MAY_IMPORT))).toEqual([]);
  });

  it('the layers have no cycle', () => {
    const seen = new Set<string>();
    const visit = (lib: string, path: string[]): void => {
      if (path.includes(lib)) throw new Error(`cycle: ${[...path, lib].join(' → ')}`);
      if (seen.has(lib)) return;
      for (const next of MAY_IMPORT[lib] ?? []) visit(next, [...path, lib]);
      seen.add(lib);
    };
    for (const lib of Object.keys(MAY_IMPORT)) visit(lib, []);
  });

  it('imports follow the layers, through each lib’s index', () => {
    const wrong: string[] = [];
    for (const lib of libs) {
      const root = join(LIBS, lib, 'src');
      for (const file of sources(root)) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from '([^']+)'/g)) {
          const target = m[1];
          const where = `${relative(LIBS, file)} imports ${target}`;
          const aliased = /^@quorum\/([a-z-]+)(\/.*)?$/.exec(target);
          if (aliased) {
            if (aliased[1] === lib) wrong.push(`${where} (its own index: use a relative path)`);
            else if (!MAY_IMPORT[lib]?.includes(aliased[1]))
              wrong.push(`${where} (not a layer below)`);
            else if (aliased[2]) wrong.push(`${where} (not through the index)`);
          } else if (
            target.startsWith('.') &&
            !resolve(file, '..', target).startsWith(root) &&
            !(relative(LIBS, file) in RELATIVE_ON_PURPOSE)
          ) {
            wrong.push(`${where} (outside the lib)`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
