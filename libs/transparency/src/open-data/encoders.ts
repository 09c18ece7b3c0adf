import { stringify } from 'csv-stringify';
import { Transform } from 'node:stream';

/**
 * Encoders of rows into files, as streams (rows in, bytes out). The datasets' CSV is written by
 * PostgreSQL itself (COPY); this CSV writer serves the SCDL file, whose rows are mapped here.
 * Both: UTF-8, comma, a header row, `true`/`false`, empty for null (the Table Schema's missing
 * value). JSON (written by PostgreSQL, one object a line): an array with one row per line, so a client can
 * parse it whole or line by line.
 */
export function csvEncoder(columns: readonly string[]): Transform {
  return stringify({
    header: true,
    columns: [...columns],
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

const NEWLINE = 0x0a;
const BETWEEN = Buffer.from(',\n');

/**
 * JSON objects written one a line (bytes, each line ending in a newline) into one array, still one
 * object a line: a comma goes between lines, so each newline but the last becomes `,\n`. Works on
 * bytes, so a chunk may end anywhere, even inside a character.
 */
export function jsonArrayOfLines(): Transform {
  let started = false;
  // The newline ending what came so far: a comma goes before it if another line follows.
  let held = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (chunk.length === 0) return done();
      const parts: Buffer[] = [];
      if (!started) parts.push(Buffer.from('[\n'));
      started = true;
      if (held) parts.push(BETWEEN);
      const ends = chunk[chunk.length - 1] === NEWLINE;
      const body = ends ? chunk.subarray(0, chunk.length - 1) : chunk;
      let from = 0;
      for (let at = body.indexOf(NEWLINE); at !== -1; at = body.indexOf(NEWLINE, from)) {
        parts.push(body.subarray(from, at), BETWEEN);
        from = at + 1;
      }
      parts.push(body.subarray(from));
      held = ends;
      done(null, Buffer.concat(parts));
    },
    flush(done) {
      done(null, started ? '\n]\n' : '[]\n');
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
