#!/usr/bin/env node
'use strict';
/* global process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports, no-console */
/**
 * Writes test/setup/test-durations.json (what the test sequencer orders a fresh clone's run by)
 * from the results of a whole run, `.ci/run`'s .data/ci/jest-results.json by default: each e2e
 * file's seconds, longest first. Files under 5 s are left out (their size orders them).
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const root = join(__dirname, '..');
const results = JSON.parse(
  readFileSync(process.argv[2] ?? join(root, '.data', 'ci', 'jest-results.json'), 'utf8'),
);
const seconds = results.testResults
  .map((file) => ({
    path: relative(root, file.name).split(sep).join('/'),
    s: Math.round((file.endTime - file.startTime) / 1000),
  }))
  .filter((file) => file.path.endsWith('.e2e-spec.ts') && file.s >= 5)
  .sort((a, b) => b.s - a.s || a.path.localeCompare(b.path));
const out = join(root, 'test', 'setup', 'test-durations.json');
writeFileSync(
  out,
  JSON.stringify(Object.fromEntries(seconds.map((f) => [f.path, f.s])), null, 2) + '\n',
);
console.log(`${seconds.length} files in ${relative(root, out)}`);
