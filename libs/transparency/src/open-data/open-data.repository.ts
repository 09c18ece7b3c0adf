import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import type { PoolClient } from 'pg';
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

/** A row as the exports write it: dates already ISO 8601 text, numbers and booleans typed. */
export type ExportRow = Record<string, string | number | boolean | null>;

// Column names come from DATASETS (constants of the code), never from a request.
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;
function selectOf(field: FieldDef): string {
  if (field.type === 'datetime')
    return `to_char(${field.name} AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS ${field.name}`;
  if (field.type === 'date') return `to_char(${field.name}, 'YYYY-MM-DD') AS ${field.name}`;
  return field.name;
}

function whereOf(def: DatasetDef): string {
  const dateField = def.fields.find((f) => f.name === def.dateField);
  const day =
    dateField?.type === 'datetime' ? `(${def.dateField} AT TIME ZONE $4)::date` : def.dateField;
  return `WHERE ($1::text IS NULL OR council_slug = $1)
      AND ($2::date IS NULL OR ${day} >= $2::date)
      AND ($3::date IS NULL OR ${day} <= $3::date)`;
}

/** The time zone ($4) only where a day is read from an instant: PostgreSQL types every parameter. */
const parametersOf = (def: DatasetDef, filter: DatasetFilter, timeZone: string) => [
  filter.councilSlug,
  filter.since,
  filter.until,
  ...(def.fields.find((f) => f.name === def.dateField)?.type === 'datetime' ? [timeZone] : []),
];

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
    const columns = def.fields.map(selectOf).join(', ');
    const [row] = await queryRows<{ rows: number; checksum: string; last_modified: Date | null }>(
      em,
      `SELECT count(*)::int AS rows, coalesce(sum(hashtext(t::text)::bigint), 0)::text AS checksum,
              max(t.modified_at) AS last_modified
         FROM (SELECT ${columns}, modified_at ${FROM[def.name]} ${whereOf(def)}) t`,
      parametersOf(def, filter, timeZone),
    );
    return { rows: row.rows, checksum: row.checksum, lastModified: row.last_modified };
  }

  /**
   * The filtered rows in their stable order, through a cursor on the runner's own connection
   * (2,000 rows at a time, the stream's back-pressure pacing the reads): memory stays flat
   * whatever the dataset's size. The caller releases the runner when the stream ends.
   */
  stream(
    runner: QueryRunner,
    def: DatasetDef,
    filter: DatasetFilter,
    timeZone: string,
    extraColumns: readonly string[] = [],
  ): Readable {
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    const columns = [...def.fields.map(selectOf), ...extraColumns].join(', ');
    return client.query(
      new QueryStream(
        `SELECT ${columns} ${FROM[def.name]} ${whereOf(def)} ORDER BY ${def.orderBy.map((c) => `v.${c}`).join(', ')}`,
        parametersOf(def, filter, timeZone),
        { batchSize: 2000 },
      ),
    );
  }
}
