import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index under every foreign key whose referencing side had none. Deleting a referenced row
 * (an account's erasure deletes its notifications, a comment its replies, an erased account its
 * contested census claims) made PostgreSQL scan the whole referencing table once per deleted row:
 * the bench's 50,000 notifications took minutes to delete against 40,000 e-mail rows. Checked by
 * test/migrations.e2e-spec.ts ("every foreign key has an index"). Built without CONCURRENTLY
 * (migrations run in a transaction): writes to these tables wait while they build, seconds at a
 * town's scale.
 */
export class ForeignKeyIndexes1796500000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notification_email_notification_idx" ON "notification_email" ("notification_id") `,
    );
    await queryRunner.query(`CREATE INDEX "comment_parent_idx" ON "comment" ("parent_id") `);
    await queryRunner.query(
      `CREATE INDEX "minutes_previous_version_idx" ON "minutes" ("previous_version_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "census_entry_import_idx" ON "census_entry" ("import_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contested_census_claim_entry_idx" ON "contested_census_claim" ("entry_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contested_census_claim_claimant_idx" ON "contested_census_claim" ("claimant_id") `,
    );
    // These had only a partial index (the open ballot, the open mandates, the announced draw),
    // which cannot find the other rows.
    await queryRunner.query(`CREATE INDEX "ballot_meeting_idx" ON "ballot" ("meeting_id") `);
    await queryRunner.query(
      `CREATE INDEX "council_membership_council_idx" ON "council_membership" ("council_id") `,
    );
    await queryRunner.query(`CREATE INDEX "sortition_council_idx" ON "sortition" ("council_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sortition_council_idx"`);
    await queryRunner.query(`DROP INDEX "public"."council_membership_council_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ballot_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contested_census_claim_claimant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contested_census_claim_entry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."census_entry_import_idx"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_previous_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comment_parent_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_email_notification_idx"`);
  }
}
