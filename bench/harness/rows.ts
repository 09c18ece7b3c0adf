import type { Measured } from './load';
import type { BenchRow } from './types';

export interface Ceiling {
  name: string;
  value: number;
}

export interface RowOptions {
  ceiling?: Ceiling | null;
  target?: string;
  /** Whether the target is met, given the measure and the ratio to the ceiling. */
  meets?: (measured: Measured, ratio: number | null) => boolean;
  apiRssMb: number | null;
  connections: number;
  notes?: string;
}

/** One line of the table from a measure (medians of the repeats). */
export function rowOf(scenario: string, measured: Measured, options: RowOptions): BenchRow {
  const ceiling = options.ceiling ?? null;
  const ratio = ceiling && ceiling.value > 0 ? measured.reqPerSec / ceiling.value : null;
  return {
    scenario,
    reqPerSec: measured.reqPerSec,
    p50Ms: measured.p50Ms,
    p95Ms: measured.p95Ms,
    p99Ms: measured.p99Ms,
    errors: measured.errors,
    ceiling: ceiling?.name ?? null,
    ceilingValue: ceiling?.value ?? null,
    ratio,
    target: options.target ?? '',
    met: options.meets ? measured.errors === 0 && options.meets(measured, ratio) : null,
    apiRssMb: options.apiRssMb,
    ...(measured.apiCpuMsPerReq !== undefined ? { apiCpuMsPerReq: measured.apiCpuMsPerReq } : {}),
    requests: measured.requests,
    connections: options.connections,
    ...(options.notes || measured.firstError
      ? {
          notes: [options.notes, measured.firstError && `first error: ${measured.firstError}`]
            .filter(Boolean)
            .join('; '),
        }
      : {}),
  };
}
