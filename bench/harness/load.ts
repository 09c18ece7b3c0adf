/**
 * Load from the harness's process (never the API's): autocannon on one GraphQL operation, with its
 * own latency percentiles (autocannon's histogram has no p95) and errors that include GraphQL
 * errors answered with 200 (a body with "errors").
 */
import autocannon from 'autocannon';

export interface Measured {
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  /** The API's CPU time per request over the measured runs, in ms (when the harness can read it). */
  apiCpuMsPerReq?: number;
  /** The first failed body or status seen, to say what the errors were. */
  firstError?: string;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  /** The same operation for every request, or a fresh one per request (writes). */
  request: GraphQLRequest | (() => GraphQLRequest | undefined);
  /** What else a successful body must satisfy (it never has "errors"). */
  verify?: (body: string) => boolean;
}

export const bodyOf = (r: GraphQLRequest) =>
  JSON.stringify({ query: r.query, variables: r.variables });
export const headersOf = (r: GraphQLRequest): Record<string, string> => ({
  'content-type': 'application/json',
  ...(r.token ? { authorization: `Bearer ${r.token}` } : {}),
});

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Latencies, throughput and errors of `duration` seconds of load; nothing thrown on errors. */
export async function load(options: LoadOptions): Promise<Measured> {
  const { request } = options;
  let ranOut = false;
  let firstError: string | undefined;
  const fixed = typeof request === 'function' ? undefined : request;
  let settle: (error: unknown, result?: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    settle = (error, result) => (error || !result ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: options.url,
      method: 'POST',
      connections: options.connections,
      duration: options.duration,
      timeout: 30,
      requests: [
        {
          setupRequest: (raw: autocannon.Request) => {
            if (fixed) return raw;
            const next = (request as () => GraphQLRequest | undefined)();
            if (!next) {
              ranOut = true;
              instance.stop();
              return raw;
            }
            return { ...raw, method: 'POST', body: bodyOf(next), headers: headersOf(next) };
          },
          onResponse: (status: number, body: string) => {
            if (status >= 300) firstError ??= `HTTP ${status}: ${String(body).slice(0, 300)}`;
          },
        },
      ],
      ...(fixed ? { body: bodyOf(fixed), headers: headersOf(fixed) } : {}),
      verifyBody: (body) => {
        const text = String(body ?? '');
        const ok = !text.includes('"errors"') && (options.verify?.(text) ?? true);
        if (!ok) firstError ??= text.slice(0, 300);
        return ok;
      },
    },
    (error, result) => settle(error, result),
  );
  const latencies: number[] = [];
  instance.on('reqError', (error: Error) => (firstError ??= error.message));
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await done;
  if (ranOut)
    throw new Error(
      'the scenario ran out of prepared requests (fresh supports): use a larger --scale',
    );
  const sorted = Float64Array.from(latencies).sort();
  const seconds =
    (new Date(result.finish).getTime() - new Date(result.start).getTime()) / 1000 ||
    result.duration;
  return {
    reqPerSec: result.requests.total / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    requests: result.requests.total,
    ...(firstError ? { firstError } : {}),
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `repeats` runs, each measure's median; errors and requests summed over the runs. */
export async function repeated(
  repeats: number,
  run: (index: number) => Promise<Measured>,
): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await run(i));
  const pick = (key: 'reqPerSec' | 'p50Ms' | 'p95Ms' | 'p99Ms') => median(runs.map((r) => r[key]));
  return {
    reqPerSec: pick('reqPerSec'),
    p50Ms: pick('p50Ms'),
    p95Ms: pick('p95Ms'),
    p99Ms: pick('p99Ms'),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    ...(runs.find((r) => r.firstError)
      ? { firstError: runs.find((r) => r.firstError)!.firstError }
      : {}),
  };
}
