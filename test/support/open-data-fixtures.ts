import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Client } from 'pg';
import QueryStream from 'pg-query-stream';

/**
 * Helpers of the open-data tests: rows made in bulk with set-based SQL, files read back as a
 * client would (a stream, parsed by independent parsers), digests to compare them with the
 * database without holding either in memory, and the heap measured along the way.
 */

/**
 * `n` proposals of one council and author, made with set-based SQL (a draft and a hidden one now
 * and then), 5,000 a statement: the tally trigger updates the same few rows for each insert, and
 * one statement for all would leave each of them a long chain of versions to walk.
 */
export async function generateProposals(
  databaseUrl: string,
  councilId: string,
  authorId: string,
  n: number,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let from = 1; from <= n; from += 5000)
      await client.query(
        `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status,
                             support_count, support_threshold, published_at, expires_at, qualified_at,
                             hidden_at, hidden_reason, answer_deadline, answer, answer_justification,
                             answered_at, address, created_at, last_activity_at)
       SELECT $1, $2,
              'Proposition n° ' || g || ' : des bancs, « à l’ombre », "vraiment"' ||
                CASE WHEN g % 7 = 0 THEN E'\\nsur deux lignes' ELSE '' END || ' — ' || repeat('é', g % 40),
              'CORPS-PRIVÉ-' || g, '<p>CORPS-PRIVÉ-' || g || '</p>',
              (ARRAY['MOBILITY','ENVIRONMENT','PUBLIC_SPACE','CULTURE_SPORT','SOLIDARITY','SAFETY','EDUCATION_YOUTH','OTHER'])[1 + g % 8],
              CASE WHEN g % 101 = 0 THEN 'DRAFT' ELSE (ARRAY['PUBLISHED','QUALIFIED','ANSWERED','EXPIRED'])[1 + g % 4] END,
              g % 50, 30,
              CASE WHEN g % 101 = 0 THEN NULL ELSE timestamptz '2025-01-01 08:00:00.123456+00' + g * interval '7 minutes 3.5 seconds' END,
              timestamptz '2025-03-01 00:00:00+00' + g * interval '7 minutes',
              CASE WHEN g % 4 IN (1, 2) THEN timestamptz '2025-02-01 00:00:00+00' + g * interval '5 minutes' END,
              CASE WHEN g % 97 = 0 THEN timestamptz '2025-06-01 00:00:00+00' END,
              CASE WHEN g % 97 = 0 THEN 'Propos contraires à la charte' END,
              CASE WHEN g % 4 = 2 THEN date '2025-09-01' + g % 100 END,
              CASE WHEN g % 4 = 2 THEN 'ACCEPTED' END,
              CASE WHEN g % 4 = 2 THEN 'Oui, avec plaisir, au printemps.' END,
              CASE WHEN g % 4 = 2 THEN timestamptz '2025-08-01 00:00:00+00' + g * interval '1 minute' END,
              CASE WHEN g % 3 = 0 THEN g || ' rue des Lilas' END,
              timestamptz '2025-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00'
         FROM generate_series($3::int, $4::int) g`,
        [councilId, authorId, from, Math.min(n, from + 4999)],
      );
  } finally {
    await client.end();
  }
}

/** A running digest of rows (each a list of values), and how many. */
export class RowDigest {
  private readonly hash = createHash('sha256');
  count = 0;
  add(values: readonly unknown[]): void {
    this.hash.update(JSON.stringify(values));
    this.hash.update('\n');
    this.count++;
  }
  get value(): string {
    return this.hash.copy().digest('hex');
  }
}

/** The rows of a query, through a cursor, one at a time. */
export async function forEachRow(
  databaseUrl: string,
  text: string,
  params: unknown[],
  each: (row: Record<string, unknown>) => void,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stream = client.query(new QueryStream(text, params, { batchSize: 1000 }));
    for await (const row of stream) each(row as Record<string, unknown>);
  } finally {
    await client.end();
  }
}

/** The body of a response as a Node stream. */
export const bodyOf = (response: Response): Readable =>
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);

/** Each record of a CSV body (header row first as the columns), parsed by csv-parse. */
export async function forEachCsvRecord(
  body: Readable,
  each: (record: Record<string, string>) => void,
): Promise<string[]> {
  let columns: string[] = [];
  const parser = body.pipe(
    parse({
      columns: (header: string[]) => (columns = header),
      bom: false,
      relax_quotes: false,
    }),
  );
  for await (const record of parser) each(record as Record<string, string>);
  return columns;
}

/** Each row of a JSON array written one row a line, parsed by JSON.parse line by line. */
export async function forEachJsonLine(
  body: Readable,
  each: (row: Record<string, unknown>) => void,
): Promise<void> {
  const lines = createInterface({ input: body, crlfDelay: Infinity });
  let opened = false;
  let closed = false;
  for await (const line of lines) {
    if (!opened) {
      if (line !== '[' && line !== '[]') throw new Error(`not a JSON array: ${line.slice(0, 40)}`);
      opened = true;
      closed = line === '[]';
      continue;
    }
    if (line === ']') {
      closed = true;
      continue;
    }
    if (closed) throw new Error('data after the end of the array');
    each(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Record<string, unknown>);
  }
  if (!closed) throw new Error('the JSON array is not closed');
}

let gcFunction: (() => void) | undefined;
/** A full garbage collection, so the heap measured holds only what is still referenced. */
export function collectGarbage(): void {
  if (!gcFunction) {
    setFlagsFromString('--expose-gc');
    gcFunction = runInNewContext('gc') as () => void;
  }
  gcFunction();
}

/** Tracks the heap's growth above where it stood at the start, after full collections. */
export class HeapWatch {
  private readonly base: number;
  max = 0;
  constructor() {
    collectGarbage();
    this.base = process.memoryUsage().heapUsed;
  }
  sample(): void {
    collectGarbage();
    this.max = Math.max(this.max, process.memoryUsage().heapUsed - this.base);
  }
  get maxMb(): number {
    return Math.round((this.max / 1024 / 1024) * 10) / 10;
  }
}

/** An instant as the exports write it: ISO 8601, UTC, to the second. */
export const isoSecond = (value: unknown): string | null =>
  value === null ? null : (value as Date).toISOString().replace(/\.\d{3}Z$/, 'Z');
