/** The table (stdout, Markdown) and its JSON under bench/results/. */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, DatasetSummary } from './types';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
}

export const machine = (): Machine => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
});

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  options: Record<string, unknown>;
  machine: Machine;
  dataset: DatasetSummary;
  rows: BenchRow[];
}

const n = (value: number | null, digits = 0) =>
  value === null || Number.isNaN(value)
    ? '—'
    : value.toLocaleString('en-US', {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });

const ms = (value: number | null) => (value === null ? '—' : n(value, value < 10 ? 1 : 0));

export function table(rows: BenchRow[]): string {
  const lines = [
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | ceiling | ratio | target | met | API RSS MB |',
    '|---|---:|---:|---:|---:|---:|---|---:|---|---|---:|',
  ];
  for (const r of rows) {
    const ceiling = r.ceiling ? `${r.ceiling} (${n(r.ceilingValue)})` : '';
    const met = r.met === null ? '' : r.met ? 'yes' : '**no**';
    lines.push(
      `| ${r.scenario} | ${n(r.reqPerSec)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${ms(r.p99Ms)} | ${r.errors} | ${ceiling} | ${r.ratio === null ? '' : `${n(r.ratio, 2)}×`} | ${r.target} | ${met} | ${n(r.apiRssMb)} |`,
    );
  }
  const notes = rows.filter((r) => r.notes).map((r) => `- ${r.scenario}: ${r.notes}`);
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** Writes bench/results/<time>.json, and latest.json for a full run; returns the path. */
export function writeReport(dir: string, report: BenchReport, full: boolean): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
  const text = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(file, text);
  if (full) writeFileSync(join(dir, 'latest.json'), text);
  return file;
}
