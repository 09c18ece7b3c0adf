import { stringify } from 'csv-stringify';
import { Transform } from 'node:stream';
import type { ExportRow } from './open-data.repository';

/**
 * The two encodings of a dataset, as streams of rows in and bytes out. CSV: UTF-8, comma, a
 * header row, `true`/`false`, empty for null (the Table Schema's missing value). JSON: an array
 * with one row per line, so a client can parse it whole or line by line.
 */
export function csvEncoder(columns: readonly string[]): Transform {
  return stringify({
    header: true,
    columns: [...columns],
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

export function jsonEncoder(): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row: ExportRow, _encoding, done) {
      done(null, `${first ? '[\n' : ',\n'}${JSON.stringify(row)}`);
      first = false;
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
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
