import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application's clock in SQL: `clock_now()` is the time the transaction was given by the
 * application's Clock (`quorum.now`, set only when a test moves the clock), the database's
 * `now()` otherwise. Rules written in SQL read it instead of `now()`.
 */
export class Clock1796110902318 implements MigrationInterface {
  name = 'Clock1796110902318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION clock_now() RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
         SELECT coalesce(nullif(current_setting('quorum.now', true), '')::timestamptz, now())
       $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION clock_now()`);
  }
}
