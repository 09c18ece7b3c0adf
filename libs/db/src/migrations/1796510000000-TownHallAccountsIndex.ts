import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The town hall's accounts (agents and admins) by an index of their own. Every notice to the
 * agents (answers and minutes falling due, partners' drafts, reports) reads its audience from
 * `account_contact WHERE role IN ('AGENT', 'ADMIN')`, twice per event (where its page ends, then
 * the page): with no index that was a scan of every account, ~32 ms each on the bench's 100,000
 * residents, so the 282 notices the daily deadline tasks raised at once took 18 s of PostgreSQL.
 */
export class TownHallAccountsIndex1796510000000 implements MigrationInterface {
  name = 'TownHallAccountsIndex1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "account_town_hall_idx" ON "account" ("id")
        WHERE role IN ('AGENT', 'ADMIN') AND deleted_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "account_town_hall_idx"`);
  }
}
