#!/usr/bin/env node
// `npm run build`, and the build step of `npm start`: tsc (incremental) then tsc-alias into dist/,
// skipped when dist/ was built from exactly the current sources. Plain JavaScript, so bootstrap.js
// can call it before anything is compiled.
//
// Up to date means: dist/.build-stamp holds the hash of every file under apps/, libs/ and
// scripts/ (paths and contents), the tsconfig files and package-lock.json (dependencies' types
// shape the decorators' metadata), and every source's .js is in dist/. Contents, not mtimes: a
// checkout that touches files without changing them does not rebuild, and an edit always does.
'use strict';
// Linted as CommonJS for Node (bootstrap.js, its caller, is left out of the lint).
/* global process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports, no-console */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { join, relative, sep } = require('node:path');

const SOURCE_DIRS = ['apps', 'libs', 'scripts'];
const CONFIG_FILES = ['tsconfig.base.json', 'tsconfig.build.json', 'package-lock.json'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.data', 'coverage', '.svelte-kit']);
// The web site: built by Vite (SvelteKit, adapter-node) into dist/web, with a stamp of its own.
const WEB_DIR = 'apps/web';
const STAMP = '.build-stamp';
const BUILD_INFO = '.tsbuildinfo';

function filesUnder(root, dir) {
  const found = [];
  const walk = (path) => {
    let entries;
    try {
      entries = fs.readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(child);
      } else if (entry.isFile()) found.push(relative(root, child).split(sep).join('/'));
    }
  };
  walk(join(root, dir));
  return found;
}

/** Every input of the build, as paths relative to `root` (sorted). */
function buildInputs(root) {
  const files = SOURCE_DIRS.flatMap((dir) => filesUnder(root, dir)).filter(
    (file) => !file.startsWith(`${WEB_DIR}/`),
  );
  for (const file of CONFIG_FILES) if (fs.existsSync(join(root, file))) files.push(file);
  return files.sort();
}

/** The hash of the build's inputs: their paths and contents. */
function sourcesHash(root, inputs = buildInputs(root)) {
  const hash = createHash('sha256');
  for (const file of inputs) {
    hash.update(file).update('\0');
    hash.update(
      createHash('sha256')
        .update(fs.readFileSync(join(root, file)))
        .digest('hex'),
    );
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** What tsc compiles (tsconfig.build.json leaves out tests, testing helpers and benchmarks). */
function isCompiled(file) {
  return (
    file.endsWith('.ts') &&
    !file.endsWith('.d.ts') &&
    !file.endsWith('.spec.ts') &&
    !file.split('/').includes('testing')
  );
}

/** Sources whose compiled .js is missing from dist/ (e.g. a partly deleted dist/). */
function missingOutputs(root) {
  return buildInputs(root)
    .filter(isCompiled)
    .filter((file) => !fs.existsSync(join(root, 'dist', file.replace(/\.ts$/, '.js'))));
}

/**
 * Whether dist/ is up to date, and if not why: 'no build yet' (no stamp, e.g. dist/ deleted),
 * 'sources changed', or 'outputs missing'.
 */
function buildStatus(root) {
  const stampFile = join(root, 'dist', STAMP);
  if (!fs.existsSync(stampFile)) return { upToDate: false, reason: 'no build yet' };
  if (fs.readFileSync(stampFile, 'utf8').trim() !== sourcesHash(root))
    return { upToDate: false, reason: 'sources changed' };
  if (missingOutputs(root).length) return { upToDate: false, reason: 'outputs missing' };
  return { upToDate: true, reason: 'up to date' };
}

/** Compiled files left in dist/ by sources since deleted or renamed (a stale migration would run). */
function removeStaleOutputs(root) {
  const removed = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of filesUnder(join(root, 'dist'), dir)) {
      const source = file.replace(/\.js(\.map)?$/, '.ts');
      if (source !== file && !fs.existsSync(join(root, source))) {
        fs.rmSync(join(root, 'dist', file));
        removed.push(file);
      }
    }
  }
  return removed;
}

function tool(root, path) {
  return require.resolve(path, { paths: [root, __dirname] });
}

function run(root, script, args) {
  const result = spawnSync(process.execPath, [tool(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

/** The site's inputs: its sources, the API's schema its types come from, the lock file. */
function webInputs(root) {
  return [...filesUnder(root, WEB_DIR), 'apps/api/schema.graphql', 'package-lock.json'].sort();
}

/** Builds dist/web (vite build) unless its stamp matches the site's sources. */
function buildWeb(root, log) {
  if (!fs.existsSync(join(root, WEB_DIR, 'svelte.config.js'))) return false;
  const stampFile = join(root, 'dist', 'web', STAMP);
  const wanted = sourcesHash(root, webInputs(root));
  if (
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8').trim() === wanted &&
    fs.existsSync(join(root, 'dist', 'web', 'handler.js'))
  )
    return false;
  log('Building the web site (vite build)…');
  const result = spawnSync(
    process.execPath,
    [join(tool(root, 'vite/package.json'), '..', 'bin', 'vite.js'), 'build'],
    {
      cwd: join(root, WEB_DIR),
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('The web site did not build (see above).');
  // adapter-node writes ES modules; the root package.json says CommonJS.
  fs.writeFileSync(join(root, 'dist', 'web', 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(stampFile, wanted + '\n');
  return true;
}

/**
 * Builds dist/ unless it is up to date. Returns { built, reason, ms }; throws when tsc or
 * tsc-alias fails (the stamp is then not written, so the next run builds again).
 */
function build(root, log = console.log, options = {}) {
  const began = Date.now();
  const status = buildStatus(root);
  const web = options.web === false ? false : buildWeb(root, log);
  if (status.upToDate) {
    if (!web) log('Build up to date (dist/ matches the sources): skipped.');
    return { built: web, reason: status.reason, ms: Date.now() - began };
  }
  // tsc's incremental state trusts that dist/ still holds what it emitted: without the stamp,
  // or with outputs missing, start from nothing so every file is emitted again.
  if (status.reason !== 'sources changed')
    fs.rmSync(join(root, 'dist', BUILD_INFO), { force: true });
  log(`Building (${status.reason}): tsc --incremental, tsc-alias…`);
  const config = join(root, 'tsconfig.build.json');
  if (!run(root, 'typescript/bin/tsc', ['-p', config])) throw new Error('tsc failed (see above).');
  if (!run(root, 'tsc-alias/dist/bin/index.js', ['-p', config]))
    throw new Error('tsc-alias failed (see above).');
  removeStaleOutputs(root);
  fs.writeFileSync(join(root, 'dist', STAMP), sourcesHash(root) + '\n');
  return { built: true, reason: status.reason, ms: Date.now() - began };
}

module.exports = { build, buildStatus, buildWeb, sourcesHash, removeStaleOutputs };

if (require.main === module) {
  try {
    build(process.argv[2] ?? join(__dirname, '..'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
