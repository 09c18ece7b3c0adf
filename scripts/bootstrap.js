#!/usr/bin/env node
// `npm start` and `npm test` from a fresh clone: checks Node, installs the dependencies when
// node_modules is missing or older than package-lock.json, then runs the command. `start` builds
// dist/ when it is not up to date (scripts/build.js) and hands start.js the time it was launched
// and what install and build took, so the banner reports the whole start-up.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * When `npm start` was launched, in epoch milliseconds: on Linux, from the start time of the npm
 * process above this one in /proc (in clock ticks, 1/100 s); elsewhere, when this process began
 * (npm's own start-up, a fraction of a second, is then not counted).
 */
function launchTime() {
  const own = performance.timeOrigin;
  const stat = (pid) => {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), startTicks: Number(fields[19]) };
  };
  try {
    const self = stat(process.pid);
    for (let pid = self.ppid, depth = 0; pid > 1 && depth < 3; depth++) {
      const parent = stat(pid);
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (args.some((arg) => /(^|\/)npm(-cli\.js)?$/.test(arg)))
        return Math.round(own - (self.startTicks - parent.startTicks) * 10);
      pid = parent.ppid;
    }
  } catch {
    // no /proc: not Linux
  }
  return Math.round(own);
}
const launchedAt = launchTime();

const root = join(__dirname, '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Quorum needs Node.js 20.19 or later; this is ${process.version}.`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Milliseconds `npm ci` took, or null when node_modules already matched package-lock.json. */
function install() {
  const began = Date.now();
  const lock = readFileSync(join(root, 'package-lock.json'));
  const wanted = createHash('sha256').update(lock).digest('hex');
  const stampFile = join(root, 'node_modules', '.quorum-install-stamp');
  const installed = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (installed === wanted) return null;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stampFile, wanted);
  return Date.now() - began;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'start') {
  const installMs = install();
  let built;
  try {
    built = require('./build').build(root);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const times = { launchedAt, installMs, buildMs: built.built ? built.ms : null };
  // start.js and what it starts run in their own process group, so Ctrl-C (sent by the terminal
  // to its whole group) reaches only this process, which asks start.js to stop: the API and the
  // worker first, then PostgreSQL and Redis, not all at once. This process waits for that.
  const child = spawn(process.execPath, [join(root, 'dist', 'scripts', 'start.js'), ...rest], {
    cwd: root,
    // Nothing reads the terminal: a process group other than the terminal's must not try to.
    stdio: ['ignore', 'inherit', 'inherit'],
    // (On Windows `detached` would open a console window; there Ctrl-C goes to the console.)
    detached: process.platform !== 'win32',
    env: { ...process.env, QUORUM_START_TIMES: JSON.stringify(times) },
  });
  let signalled = false;
  const passOn = () => {
    if (!signalled && child.exitCode === null) child.kill('SIGTERM');
    signalled = true;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, passOn);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else if (command === 'test') {
  install();
  run('npm', ['run', '--silent', 'check']);
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  // With no test named, the rules and source checks first, in seconds, stopping at once when one
  // fails; then every test (both projects, in one report: CI reads its totals from that run).
  const namesTests = rest.some((arg) => !arg.startsWith('-'));
  if (!namesTests) run(process.execPath, [jest, '--selectProjects', 'unit']);
  run(process.execPath, [jest, ...(rest.length > 0 ? rest : ['--selectProjects', 'e2e'])]);
} else {
  console.error('usage: node scripts/bootstrap.js start|test [args]');
  process.exit(2);
}
