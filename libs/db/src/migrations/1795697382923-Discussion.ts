import { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussion1795697382923 implements MigrationInterface {
  name = 'Discussion1795697382923';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body_markdown" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "comment_proposal_idx" ON "comment"  ("proposal_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_type" text NOT NULL, "target_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" text NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1effd709157e94e02959826f51e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "content_report_once_key" ON "content_report"  ("target_type", "target_id", "reporter_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_08a518f3ecebcead9dc9135b33c" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_08a518f3ecebcead9dc9135b33c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."content_report_once_key"`);
    await queryRunner.query(`DROP TABLE "content_report"`);
    await queryRunner.query(`DROP INDEX "public"."comment_proposal_idx"`);
    await queryRunner.query(`DROP TABLE "comment"`);
  }
}
