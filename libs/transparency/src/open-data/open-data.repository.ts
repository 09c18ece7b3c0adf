import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import QueryStream from 'pg-query-stream';
import type { Readable } from 'node:stream';
import { EntityManager, QueryRunner } from 'typeorm';
import { DatasetDef, DatasetName, FieldDef } from './datasets';

/**
 * The open data's SQL: each dataset reads one read view its owner declares (councils, proposals,
 * meetings: `read-views.ts`), nothing else, so no export can show more than the views publish.
 */
const FROM: Record<DatasetName, string> = {
  councils: 'FROM open_data_council v',
  members: 'FROM open_data_member v',
  proposals: 'FROM open_data_proposal v',
  meetings: 'FROM open_data_meeting v',
  'agenda-items': 'FROM open_data_agenda_item v',
  ballots: 'FROM open_data_ballot v',
  votes: 'FROM open_data_vote v',
  minutes: 'FROM open_data_minutes v',
  'solidarity-services': 'FROM open_data_solidarity_service v',
  works: 'FROM open_data_works v',
  places: 'FROM open_data_place v',
};

/** What a request keeps of a dataset (already validated). */
export interface DatasetFilter {
  councilSlug: string | null;
  /** Days in the town (YYYY-MM-DD), inclusive. */
  since: string | null;
  until: string | null;
}

export interface DatasetFingerprint {
  rows: number;
  /** Sum of the rows' hashes: changes when any published value does. */
  checksum: string;
  lastModified: Date | null;
}

// Column names come from DATASETS (constants of the code), never from a request.
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

/** A column as the exports write it: instants ISO 8601 in UTC to the second, days YYYY-MM-DD. */
function valueOf(field: FieldDef): string {
  const column = `v.${field.name}`;
  if (field.type === 'datetime') return `to_char(${column} AT TIME ZONE 'UTC', ${ISO_INSTANT})`;
  if (field.type === 'date') return `to_char(${column}, 'YYYY-MM-DD')`;
  return column;
}
const selectOf = (field: FieldDef) => `${valueOf(field)} AS ${field.name}`;
/** In CSV, booleans as `true`/`false` (the Table Schema's defaults), not PostgreSQL's t/f. */
const csvSelectOf = (field: FieldDef) =>
  field.type === 'boolean'
    ? `CASE WHEN v.${field.name} THEN 'true' WHEN NOT v.${field.name} THEN 'false' END AS ${field.name}`
    : selectOf(field);
const isInstant = (def: DatasetDef) =>
  def.fields.find((f) => f.name === def.dateField)?.type === 'datetime';

/** `$1`…`$4` are the council's slug, the first and last days, the town's time zone. */
function whereOf(def: DatasetDef, parameter: (n: 1 | 2 | 3 | 4) => string): string {
  const day = isInstant(def)
    ? `(v.${def.dateField} AT TIME ZONE ${parameter(4)})::date`
    : `v.${def.dateField}`;
  const council =
    def.councilColumn === 'council_slug_set'
      ? `${parameter(1)}::text = ANY(v.council_slug_set)`
      : `v.council_slug = ${parameter(1)}`;
  return `WHERE (${parameter(1)}::text IS NULL OR ${council})
      AND (${parameter(2)}::date IS NULL OR ${day} >= ${parameter(2)}::date)
      AND (${parameter(3)}::date IS NULL OR ${day} <= ${parameter(3)}::date)`;
}
const bound = (n: number) => `$${n}`;

/** The time zone ($4) only where a day is read from an instant: PostgreSQL types every parameter. */
const parametersOf = (def: DatasetDef, filter: DatasetFilter, timeZone: string) => [
  filter.councilSlug,
  filter.since,
  filter.until,
  ...(isInstant(def) ? [timeZone] : []),
];

const orderOf = (def: DatasetDef) => def.orderBy.map((c) => `v.${c}`).join(', ');
const clientOf = (runner: QueryRunner) =>
  (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;

@Injectable()
export class OpenDataRepository {
  async councilExists(em: EntityManager, slug: string): Promise<boolean> {
    const rows = await queryRows<{ found: boolean }>(
      em,
      `SELECT true AS found FROM open_data_council WHERE council_slug = $1`,
      [slug],
    );
    return rows.length > 0;
  }

  /**
   * One pass over the filtered rows in the database (nothing loaded here): their number, a
   * checksum of their published values (the ETag) and their latest change (Last-Modified).
   */
  async fingerprint(
    em: EntityManager,
    def: DatasetDef,
    filter: DatasetFilter,
    timeZone: string,
  ): Promise<DatasetFingerprint> {
    // The view's whole rows (what the files show, and a few more columns): no formatting to pay.
    const [row] = await queryRows<{ rows: number; checksum: string; last_modified: Date | null }>(
      em,
      `SELECT count(*)::int AS rows, coalesce(sum(hashtext(v::text)::bigint), 0)::text AS checksum,
              max(v.modified_at) AS last_modified
         ${FROM[def.name]} ${whereOf(def, bound)}`,
      parametersOf(def, filter, timeZone),
    );
    return { rows: row.rows, checksum: row.checksum, lastModified: row.last_modified };
  }

  /**
   * The filtered rows in their stable order (the SCDL file maps them), through a cursor on the
   * runner's own connection (2,000 rows at a time, the stream's back-pressure pacing the reads):
   * memory stays flat whatever the dataset's size. The caller releases the runner when the stream ends.
   */
  rows(runner: QueryRunner, def: DatasetDef, filter: DatasetFilter, timeZone: string): Readable {
    return clientOf(runner).query(
      new QueryStream(
        `SELECT ${def.fields.map(selectOf).join(', ')} ${FROM[def.name]} ${whereOf(def, bound)} ORDER BY ${orderOf(def)}`,
        parametersOf(def, filter, timeZone),
        { batchSize: 2000 },
      ),
    );
  }

  /**
   * The same rows as CSV bytes, written by PostgreSQL (`COPY … TO STDOUT`, header row, RFC 4180
   * quoting), streamed with back-pressure.
   */
  csv(runner: QueryRunner, def: DatasetDef, filter: DatasetFilter, timeZone: string): Readable {
    return this.copy(
      runner,
      def,
      filter,
      timeZone,
      def.fields.map(csvSelectOf).join(', '),
      'FORMAT csv, HEADER true',
    );
  }

  /**
   * The same rows as JSON objects, one a line, written by PostgreSQL. The delimiter and the quote
   * are control characters JSON always escapes, so COPY never quotes a line: each is the object.
   */
  jsonLines(
    runner: QueryRunner,
    def: DatasetDef,
    filter: DatasetFilter,
    timeZone: string,
  ): Readable {
    // row_to_json of the formatted columns (compact, in the schema's order), ordered by the raw ones.
    return this.copy(
      runner,
      def,
      filter,
      timeZone,
      'row_to_json(r)::text',
      `FORMAT csv, DELIMITER E'\\x1f', QUOTE E'\\x1e'`,
      `CROSS JOIN LATERAL (SELECT ${def.fields.map(selectOf).join(', ')}) r`,
    );
  }

  /** COPY takes no bind parameters: the filter's values, already validated (a slug, days, a constant zone), go in as escaped literals. */
  private copy(
    runner: QueryRunner,
    def: DatasetDef,
    filter: DatasetFilter,
    timeZone: string,
    columns: string,
    options: string,
    joined = '',
  ): Readable {
    const client = clientOf(runner);
    const values = [filter.councilSlug, filter.since, filter.until, timeZone];
    const literal = (n: 1 | 2 | 3 | 4) => {
      const value = values[n - 1];
      return value === null ? 'NULL' : client.escapeLiteral(value);
    };
    return client.query(
      copyTo(
        `COPY (SELECT ${columns} ${FROM[def.name]} ${joined} ${whereOf(def, literal)}
                ORDER BY ${orderOf(def)}) TO STDOUT WITH (${options})`,
      ),
    );
  }
}
