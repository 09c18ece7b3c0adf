import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { SchemaColumn } from './personal-data-coverage';

/** The database's own description of its tables (information_schema), for the coverage check. */
@Injectable()
export class SchemaRepository {
  /** Every column of the base tables (not views), and whether a foreign key ties it to account. */
  columns(em: EntityManager): Promise<SchemaColumn[]> {
    return queryRows<SchemaColumn>(
      em,
      `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "dataType",
              EXISTS (SELECT 1 FROM information_schema.table_constraints f
                        JOIN information_schema.key_column_usage k
                          ON k.constraint_schema = f.constraint_schema AND k.constraint_name = f.constraint_name
                        JOIN information_schema.constraint_column_usage u
                          ON u.constraint_schema = f.constraint_schema AND u.constraint_name = f.constraint_name
                       WHERE f.constraint_type = 'FOREIGN KEY' AND f.table_schema = c.table_schema
                         AND f.table_name = c.table_name AND k.column_name = c.column_name
                         AND u.table_name = 'account') AS "referencesAccount"
         FROM information_schema.columns c
         JOIN information_schema.tables t
           ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema()`,
    );
  }
}
