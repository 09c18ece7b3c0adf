import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, review finding 7: agents can hide a resident's report on a place (moderation). A
 * hidden report leaves every public read; who hid it, when and why stay (and in the audit log).
 */
export class PlaceReportModeration1796479000001 implements MigrationInterface {
  name = 'PlaceReportModeration1796479000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "place_report" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "place_report" ADD "hidden_reason" text`);
    await queryRunner.query(`ALTER TABLE "place_report" ADD "hidden_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "place_report" DROP COLUMN "hidden_by"`);
    await queryRunner.query(`ALTER TABLE "place_report" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "place_report" DROP COLUMN "hidden_at"`);
  }
}
