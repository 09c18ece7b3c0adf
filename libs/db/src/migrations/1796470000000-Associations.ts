import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: partner associations (libs/associations), the accounts acting for them, and on whose
 * behalf a seat of a council's associations college is held.
 */
export class Associations1796470000000 implements MigrationInterface {
  name = 'Associations1796470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "association" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL, "contact_email" text, "contact_phone" text, "website" text, "fields" text array NOT NULL, "status" text NOT NULL, "status_reason" text, "proposed_by" uuid, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "association_status_check" CHECK (status IN ('PENDING', 'PARTNER', 'DECLINED', 'SUSPENDED')), CONSTRAINT "PK_5c770cfef7a1f66da23be411699" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "association_member" ("association_id" uuid NOT NULL, "account_id" uuid NOT NULL, "added_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e200d329be0dc0426d46eb2ebec" PRIMARY KEY ("association_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "association_member_account_idx" ON "association_member" ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "association_seat" ("membership_id" uuid NOT NULL, "association_id" uuid NOT NULL, "council_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49e3500562471925251e9cf8630" PRIMARY KEY ("membership_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "association_seat_association_idx" ON "association_seat" ("association_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."association_seat_association_idx"`);
    await queryRunner.query(`DROP TABLE "association_seat"`);
    await queryRunner.query(`DROP INDEX "public"."association_member_account_idx"`);
    await queryRunner.query(`DROP TABLE "association_member"`);
    await queryRunner.query(`DROP TABLE "association"`);
  }
}
