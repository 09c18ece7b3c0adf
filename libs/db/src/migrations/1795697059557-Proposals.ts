import { MigrationInterface, QueryRunner } from 'typeorm';

export class Proposals1795697059557 implements MigrationInterface {
  name = 'Proposals1795697059557';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "body_markdown" text NOT NULL, "body_html" text NOT NULL, "category" text NOT NULL, "address" text, "latitude" double precision, "longitude" double precision, "status" text NOT NULL, "support_count" integer NOT NULL DEFAULT '0', "support_threshold" integer, "published_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "qualified_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "answer_deadline" date, "answer" text, "answer_justification" text, "answered_at" TIMESTAMP WITH TIME ZONE, "implemented_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "proposal_author_idx" ON "proposal"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "proposal_council_status_idx" ON "proposal"  ("council_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "proposal_support" ("proposal_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_338256de9c9460f31b80dcd0598" PRIMARY KEY ("proposal_id", "account_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_support" ADD CONSTRAINT "FK_fcaee5cd4e8701683cc340c0342" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "proposal_support" DROP CONSTRAINT "FK_fcaee5cd4e8701683cc340c0342"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_support"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_council_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_author_idx"`);
    await queryRunner.query(`DROP TABLE "proposal"`);
  }
}
