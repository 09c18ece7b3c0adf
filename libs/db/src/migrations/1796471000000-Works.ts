import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: works projects and their pedestrian detours (libs/works). A detour's versions are
 * kept (`works_detour`, append-only); reports on the detour are answered publicly.
 */
export class Works1796471000000 implements MigrationInterface {
  name = 'Works1796471000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "works" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL, "address" text NOT NULL, "geometry" text, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "assessment_due_on" date, "detour_version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a9ffbf516ba6e52604b29e5cce0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "works_dates_idx" ON "works" ("ends_on", "starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "works_council" ("works_id" uuid NOT NULL, "council_id" uuid NOT NULL, CONSTRAINT "PK_f3df998f27706b967cf98273f4c" PRIMARY KEY ("works_id", "council_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "works_council_council_idx" ON "works_council" ("council_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "works_detour" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "works_id" uuid NOT NULL, "version" integer NOT NULL, "description" text NOT NULL, "accessible" boolean NOT NULL, "reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f189e363600d216a31995f049ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "works_detour_version_key" ON "works_detour" ("works_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "works_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "works_id" uuid NOT NULL, "detour_version" integer NOT NULL, "author_id" uuid, "problem" text NOT NULL, "place" text NOT NULL, "description" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by" uuid, CONSTRAINT "PK_ff98ec143a4ceadb4bcdb08be34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "works_report_works_idx" ON "works_report" ("works_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "works_report_author_idx" ON "works_report" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "works_follower" ("works_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_250f93ebe161887e52bba1b2c45" PRIMARY KEY ("works_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "works_follower_account_idx" ON "works_follower" ("account_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "works_council" ADD CONSTRAINT "FK_50c7250ed596ac2540530d234dc" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "works_detour" ADD CONSTRAINT "FK_938fcde4906dbb7e4475af33202" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "works_report" ADD CONSTRAINT "FK_79a971271b25d5c48f971080263" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "works_follower" ADD CONSTRAINT "FK_479839c64f23d5e85e0db614b20" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "works_follower"`);
    await queryRunner.query(`DROP TABLE "works_report"`);
    await queryRunner.query(`DROP TABLE "works_detour"`);
    await queryRunner.query(`DROP TABLE "works_council"`);
    await queryRunner.query(`DROP TABLE "works"`);
  }
}
