import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: the register of public places (libs/places), the history of their accessibility
 * checks, residents' reports; a meeting's optional place in the register; and the view
 * `place_accessibility` through which meetings reads a place (libs/places/src/read-views.ts).
 */
export class Places1796472000000 implements MigrationInterface {
  name = 'Places1796472000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "place" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "address" text NOT NULL, "council_id" uuid, "entrance" text NOT NULL, "toilets" text NOT NULL, "hearing_loop" text NOT NULL, "parking" text NOT NULL, "overall" text NOT NULL, "evidence" text, "checked_on" date, "planned_works" text, "planned_works_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96ab91d43aa89c5de1b59ee7cca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "place_council_idx" ON "place"  ("council_id") `);
    await queryRunner.query(
      `CREATE TABLE "place_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "place_id" uuid NOT NULL, "checked_on" date NOT NULL, "entrance" text NOT NULL, "toilets" text NOT NULL, "hearing_loop" text NOT NULL, "parking" text NOT NULL, "overall" text NOT NULL, "evidence" text, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16dc2ea62e9f75bc05e8c08987b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "place_check_place_idx" ON "place_check"  ("place_id", "checked_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "place_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "place_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" uuid, CONSTRAINT "PK_da8afd4b61587d946c664a20907" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "place_report_place_idx" ON "place_report"  ("place_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "meeting" ADD "place_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "place_check" ADD CONSTRAINT "FK_1cf55b58b363ea6eeeb24694e95" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "place_report" ADD CONSTRAINT "FK_ef3a8c5939c5a8d796c59bf4d08" FOREIGN KEY ("place_id") REFERENCES "place"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE VIEW place_accessibility AS
           SELECT id AS place_id, name, address, entrance, toilets, hearing_loop, parking, overall, checked_on
             FROM place`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW place_accessibility`);
    await queryRunner.query(
      `ALTER TABLE "place_report" DROP CONSTRAINT "FK_ef3a8c5939c5a8d796c59bf4d08"`,
    );
    await queryRunner.query(
      `ALTER TABLE "place_check" DROP CONSTRAINT "FK_1cf55b58b363ea6eeeb24694e95"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "place_id"`);
    await queryRunner.query(`DROP INDEX "public"."place_report_place_idx"`);
    await queryRunner.query(`DROP TABLE "place_report"`);
    await queryRunner.query(`DROP INDEX "public"."place_check_place_idx"`);
    await queryRunner.query(`DROP TABLE "place_check"`);
    await queryRunner.query(`DROP INDEX "public"."place_council_idx"`);
    await queryRunner.query(`DROP TABLE "place"`);
  }
}
