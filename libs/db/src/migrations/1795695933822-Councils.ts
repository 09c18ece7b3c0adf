import { MigrationInterface, QueryRunner } from 'typeorm';

export class Councils1795695933822 implements MigrationInterface {
  name = 'Councils1795695933822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "council" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "neighbourhood" text NOT NULL, "perimeter_description" text NOT NULL, "perimeter_geojson" jsonb, "charter_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_13a79cfc360d24e733eda967403" UNIQUE ("slug"), CONSTRAINT "PK_1749decabf3d8cf2edc4385c557" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_follower" ("council_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eda178ca45417fbca2c82e05dc0" PRIMARY KEY ("council_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_charter" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "version" integer NOT NULL, "support_threshold" integer NOT NULL, "support_window_days" integer NOT NULL, "response_deadline_days" integer NOT NULL, "convocation_notice_days" integer NOT NULL, "quorum" integer, "minutes_publication_days" integer NOT NULL, "opposition_agenda_quota" integer NOT NULL, "term_years" integer NOT NULL, "resident_co_chair_required" boolean NOT NULL, "resident_seats" integer NOT NULL, "association_seats" integer NOT NULL, "majority_seats" integer NOT NULL, "opposition_seats" integer NOT NULL, "changed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e30edf7276797f208b4fb01d6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "council_charter_version_key" ON "council_charter"  ("council_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "account_id" uuid NOT NULL, "college" text NOT NULL, "role" text NOT NULL, "political_group" text, "term_start" date NOT NULL, "term_end" date NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "sortition_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94fff9fe1c60aba9ab742d2c1f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "council_membership_office_key" ON "council_membership"  ("council_id", "role") WHERE ended_at IS NULL AND role <> 'MEMBER'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "council_membership_open_key" ON "council_membership"  ("council_id", "account_id") WHERE ended_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "sortition_volunteer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "account_id" uuid NOT NULL, "gender" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cb924ef8f3d993da0bad68e08f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sortition_volunteer_key" ON "sortition_volunteer"  ("council_id", "account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sortition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "status" text NOT NULL, "seats" integer NOT NULL, "algorithm" text NOT NULL, "seed_rule" text NOT NULL, "seed" text, "pool" jsonb NOT NULL, "result" jsonb, "announced_at" TIMESTAMP WITH TIME ZONE NOT NULL, "drawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_845854387871e9f1237937b5d8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sortition_announced_key" ON "sortition"  ("council_id") WHERE status = 'ANNOUNCED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_follower" ADD CONSTRAINT "FK_f96a8d1844603d540abbd1c604b" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_charter" ADD CONSTRAINT "FK_dd2fe6c8358a766699608e9f1e9" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_membership" ADD CONSTRAINT "FK_842e5d90244e361dd4d5dd02ec0" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sortition_volunteer" ADD CONSTRAINT "FK_300f198909c74ec57f87b43834f" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sortition" ADD CONSTRAINT "FK_0d3d32fd975e042360f0f05d3f6" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sortition" DROP CONSTRAINT "FK_0d3d32fd975e042360f0f05d3f6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sortition_volunteer" DROP CONSTRAINT "FK_300f198909c74ec57f87b43834f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_membership" DROP CONSTRAINT "FK_842e5d90244e361dd4d5dd02ec0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_charter" DROP CONSTRAINT "FK_dd2fe6c8358a766699608e9f1e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "council_follower" DROP CONSTRAINT "FK_f96a8d1844603d540abbd1c604b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."sortition_announced_key"`);
    await queryRunner.query(`DROP TABLE "sortition"`);
    await queryRunner.query(`DROP INDEX "public"."sortition_volunteer_key"`);
    await queryRunner.query(`DROP TABLE "sortition_volunteer"`);
    await queryRunner.query(`DROP INDEX "public"."council_membership_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."council_membership_office_key"`);
    await queryRunner.query(`DROP TABLE "council_membership"`);
    await queryRunner.query(`DROP INDEX "public"."council_charter_version_key"`);
    await queryRunner.query(`DROP TABLE "council_charter"`);
    await queryRunner.query(`DROP TABLE "council_follower"`);
    await queryRunner.query(`DROP TABLE "council"`);
  }
}
