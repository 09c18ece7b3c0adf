import { stringify } from 'csv-stringify';
import { Transform } from 'node:stream';
import type { ExportRow } from './open-data.repository';

/**
 * Encoders of rows into files, as streams (rows in, bytes out). The datasets' CSV is written by
 * PostgreSQL itself (COPY); this CSV writer serves the SCDL file, whose rows are mapped here.
 * Both: UTF-8, comma, a header row, `true`/`false`, empty for null (the Table Schema's missing
 * value). JSON: an array with one row per line, so a client can parse it whole or line by line.
 */
export function csvEncoder(columns: readonly string[]): Transform {
  return stringify({
    header: true,
    columns: [...columns],
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

/** What the JSON encoder gathers before it writes: one chunk per row would cost a write each. */
const CHUNK = 64 * 1024;

export function jsonEncoder(): Transform {
  let started = false;
  let pending = '';
  return new Transform({
    writableObjectMode: true,
    transform(row: ExportRow, _encoding, done) {
      pending += `${started ? ',\n' : '[\n'}${JSON.stringify(row)}`;
      started = true;
      if (pending.length < CHUNK) return done();
      const chunk = pending;
      pending = '';
      done(null, chunk);
    },
    flush(done) {
      done(null, started ? `${pending}\n]\n` : '[]\n');
    },
  });
}

/** Maps each row through `map` (object mode on both sides). */
export function mapRows<I, O>(map: (row: I) => O): Transform {
  return new Transform({
    objectMode: true,
    transform(row: I, _encoding, done) {
      done(null, map(row));
    },
  });
}
