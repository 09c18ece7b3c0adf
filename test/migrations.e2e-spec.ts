import { dataSourceOptions, runMigrations } from '@quorum/db';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from './support/test-env';

describe('Migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(() => db.drop());

  it('run on an empty database, leave no drift from the entities, and revert cleanly', async () => {
    const { applied, grants } = await runMigrations(db.ownerUrl, db.url);
    expect(applied.length).toBeGreaterThan(0);
    expect(grants).toMatchObject({ role: 'quorum_app' });

    const dataSource = new DataSource(dataSourceOptions(db.ownerUrl));
    await dataSource.initialize();
    try {
      const drift = await dataSource.driver.createSchemaBuilder().log();
      const pending = drift.upQueries.map((q) => q.query);
      if (pending.length > 0) {
        throw new Error(
          `Entities and migrations drift; \`npm run migration:generate\` would add:\n${pending.join('\n')}`,
        );
      }
      for (let i = 0; i < applied.length; i++)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const tables: { n: string }[] = await dataSource.query(
        `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
      );
      expect(Number(tables[0].n)).toBe(0);
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(applied.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('put an index under every foreign key (a delete of the referenced row never scans the table)', async () => {
    const dataSource = new DataSource(dataSourceOptions(db.ownerUrl));
    await dataSource.initialize();
    try {
      // An index serves the key when its leading columns are the key's columns, in any order, it
      // is valid, and it covers every row: not partial, or only without the key's nulls.
      const unindexed: { key: string }[] = await dataSource.query(
        `SELECT c.conrelid::regclass || ' ' || pg_get_constraintdef(c.oid) AS key
           FROM pg_constraint c
          WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
            AND NOT EXISTS (
              SELECT 1 FROM pg_index i
               WHERE i.indrelid = c.conrelid AND i.indisvalid
                 AND (i.indpred IS NULL
                      OR (cardinality(c.conkey) = 1
                          AND pg_get_expr(i.indpred, i.indrelid) = format('(%s IS NOT NULL)',
                                (SELECT attname FROM pg_attribute
                                  WHERE attrelid = c.conrelid AND attnum = c.conkey[1]))))
                 AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                 AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
          ORDER BY 1`,
      );
      expect(unindexed.map((row) => row.key)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
