import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { SchemaColumn } from './personal-data-coverage';

/**
 * The database's own description of its tables, for the coverage check. From pg_catalog, which
 * every role reads whole: information_schema shows a role only the tables it holds privileges on
 * and the foreign keys of tables it owns, and the application role owns none.
 */
@Injectable()
export class SchemaRepository {
  /** Every column of the base tables (not views), and whether a foreign key ties it to account. */
  columns(em: EntityManager): Promise<SchemaColumn[]> {
    return queryRows<SchemaColumn>(
      em,
      `SELECT c.relname::text AS "table", a.attname::text AS "column",
              format_type(a.atttypid, NULL) AS "dataType",
              EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f
                       WHERE f.contype = 'f' AND f.conrelid = c.oid AND a.attnum = ANY (f.conkey)
                         AND f.confrelid = to_regclass('account')) AS "referencesAccount"
         FROM pg_catalog.pg_class c
         JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`,
    );
  }
}
