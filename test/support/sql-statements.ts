import { DataSource } from 'typeorm';

/**
 * Runs `work` and counts the SQL statements the API's own connection pool ran meanwhile (a
 * worker in the same process has another pool, not counted).
 */
export async function countStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<number> {
  let statements = 0;
  const driver = dataSource.driver;
  const create = driver.createQueryRunner.bind(driver);
  const spy = jest.spyOn(driver, 'createQueryRunner').mockImplementation((mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner);
    runner.query = ((...args: Parameters<typeof query>) => {
      statements += 1;
      return query(...args);
    }) as typeof runner.query;
    return runner;
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return statements;
}
