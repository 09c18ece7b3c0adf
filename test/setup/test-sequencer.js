'use strict';
/* global __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The order Jest hands the test files to its workers: the longest first, so that no worker is
 * still running a long file at the end while the others sit idle.
 *
 * Jest's own sequencer orders by the durations it cached on an earlier run on this machine, and
 * without them (a fresh clone: CI) by file size, which says little here: the bench harness file is
 * one of the smallest and runs for 40 s; it started last on CI and the run waited for it alone.
 * So a file Jest has no duration for takes the one in test-durations.json (seconds, from a CI
 * run; refresh it with `node scripts/test-durations.js` after `.ci/run`); a file in neither, its
 * size as an estimate (10 bytes a millisecond: a small file is a quick one). Failed files still
 * come first, as with Jest's own.
 */
const { join, relative, sep } = require('node:path');
const { statSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;
const known = require('./test-durations.json');

const ROOT = join(__dirname, '..', '..');

class LongestFirst extends Sequencer {
  /** Milliseconds this file is expected to take. */
  expected(test) {
    const cached = this.time(test);
    if (cached != null) return cached;
    const path = relative(ROOT, test.path).split(sep).join('/');
    if (known[path] !== undefined) return known[path] * 1000;
    try {
      return statSync(test.path).size / 10;
    } catch {
      return 0;
    }
  }

  sort(tests) {
    const expected = new Map(tests.map((test) => [test, this.expected(test)]));
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      return expected.get(b) - expected.get(a);
    });
  }
}

module.exports = LongestFirst;
