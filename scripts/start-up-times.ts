/**
 * What `npm start` took, for the banner: measured from the moment npm was launched (bootstrap.js
 * finds it; without /proc, from bootstrap.js's own start), with install and build as bootstrap.js
 * measured them (QUORUM_START_TIMES) and the rest as start.ts measures it. A part that did not
 * need to run says so; what no part accounts for (npm and bootstrap.js starting, the
 * configuration, the seed check) is shown as `other`, so the parts add up to the total.
 */
import { performance } from 'node:perf_hooks';

/** A measured part in milliseconds, or why it did not run. */
export type Part = number | { skipped: string };

export interface LaunchTimes {
  /** Epoch milliseconds when `npm start` was launched. */
  launchedAt: number;
  /** Install and build: measured, skipped (null: up to date), or not run by this command. */
  installMs?: number | null;
  buildMs?: number | null;
}

/** From bootstrap.js's QUORUM_START_TIMES, or this process's own start when run directly. */
export function launchTimes(value: string | undefined): LaunchTimes {
  if (value) {
    try {
      const parsed = JSON.parse(value) as LaunchTimes;
      if (Number.isFinite(parsed.launchedAt)) return parsed;
    } catch {
      // not ours: measure from this process
    }
  }
  return { launchedAt: Math.round(performance.timeOrigin) };
}

/** `94 s`, `7.5 s`, `< 0.1 s`. */
export function seconds(ms: number): string {
  if (ms < 50) return '< 0.1 s';
  return ms < 9950 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/**
 * "ready in 94 s (install 61 s, build 24 s, services 4.0 s, …)": the total from the launch to
 * `now`, then each part in order; a skipped part by its reason, a part not run left out.
 */
export function describeStartUp(
  launch: LaunchTimes,
  parts: [name: string, part: Part | undefined][],
  now: number,
): string {
  const total = now - launch.launchedAt;
  const all: [string, Part | undefined][] = [
    ['install', launch.installMs === null ? { skipped: 'up to date' } : launch.installMs],
    ['build', launch.buildMs === null ? { skipped: 'up to date' } : launch.buildMs],
    ...parts,
  ];
  let accounted = 0;
  const words: string[] = [];
  for (const [name, part] of all) {
    if (part === undefined) continue;
    if (typeof part === 'number') {
      accounted += part;
      words.push(`${name} ${seconds(part)}`);
    } else words.push(`${name} ${part.skipped}`);
  }
  const rest = total - accounted;
  if (rest >= 50) words.push(`other ${seconds(rest)}`);
  return `ready in ${seconds(total)} (${words.join(', ')})`;
}
