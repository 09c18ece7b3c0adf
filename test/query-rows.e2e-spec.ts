import { DataSource } from 'typeorm';
import { dataSourceOptions, PREPARED_SHAPES_MAX, queryRows } from '@quorum/db';
import { createTestDatabase, TestDatabase } from './support/test-env';

/** queryRows' prepared statements (`{ prepare: true }`), on a real connection. */
describe('queryRows with a prepared statement', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource({ ...dataSourceOptions(db.url, 1) }).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const prepared = () =>
    queryRows<{ name: string; statement: string }>(
      dataSource.manager,
      `SELECT name, statement FROM pg_prepared_statements`,
    );

  it('prepares the statement once on the connection and answers each call with its own parameters', async () => {
    const sql = `SELECT $1::int + 1 AS n`;
    const answers = [];
    for (const value of [1, 2, 3, 41]) {
      const [row] = await queryRows<{ n: number }>(dataSource.manager, sql, [value], {
        prepare: true,
      });
      answers.push(row.n);
    }
    expect(answers).toEqual([2, 3, 4, 42]);
    // One connection in the pool: the statement is there once, under a name made from its text.
    const named = (await prepared()).filter((row) => row.statement === sql);
    expect(named).toHaveLength(1);
    expect(named[0].name).toMatch(/^q_[0-9a-f]{24}$/);
  });

  it('works inside a transaction, and a failed statement leaves the connection usable', async () => {
    const sql = `SELECT 10 / $1::int AS n`;
    await expect(
      dataSource.transaction((em) => queryRows(em, sql, [0], { prepare: true })),
    ).rejects.toThrow(/division by zero/);
    const rows = await dataSource.transaction((em) =>
      queryRows<{ n: number }>(em, sql, [5], { prepare: true }),
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it(`prepares at most ${PREPARED_SHAPES_MAX} texts of request shapes, the next ones unnamed, and every constant`, async () => {
    const before = (await prepared()).length;
    const answers: number[] = [];
    for (let i = 0; i < PREPARED_SHAPES_MAX + 10; i++) {
      const [row] = await queryRows<{ n: number }>(
        dataSource.manager,
        `SELECT $1::int + ${i} AS n`,
        [1],
        { prepare: 'shape' },
      );
      answers.push(row.n);
    }
    // Every call answered, a bounded number of them kept by PostgreSQL on the connection.
    expect(answers).toEqual(Array.from({ length: PREPARED_SHAPES_MAX + 10 }, (_, i) => i + 1));
    expect((await prepared()).length).toBe(before + PREPARED_SHAPES_MAX);
    // A constant of the code is prepared whatever the shapes did.
    const constant = `SELECT $1::int * 2 AS doubled`;
    await queryRows(dataSource.manager, constant, [21], { prepare: true });
    expect((await prepared()).some((row) => row.statement === constant)).toBe(true);
  });

  it('leaves a statement without the option unnamed', async () => {
    const sql = `SELECT $1::text AS unnamed_check`;
    await queryRows(dataSource.manager, sql, ['x']);
    expect((await prepared()).some((row) => row.statement === sql)).toBe(false);
  });
});
