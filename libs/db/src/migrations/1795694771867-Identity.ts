import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795694771867 implements MigrationInterface {
  name = 'Identity1795694771867';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "display_name" text NOT NULL, "password_hash" text, "role" text NOT NULL DEFAULT 'RESIDENT', "locale" text NOT NULL DEFAULT 'fr', "email_verified_at" TIMESTAMP WITH TIME ZONE, "residency_neighbourhood" text, "residency_verified_at" TIMESTAMP WITH TIME ZONE, "residency_method" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "account_email_key" ON "account"  ("email") WHERE email IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_account_idx" ON "session"  ("account_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "refresh_token_session_idx" ON "refresh_token"  ("session_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_afb41d941d437f47a0d75373f88" UNIQUE ("token_hash"), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_token_account_idx" ON "account_token"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "census_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "imported_by" uuid NOT NULL, "accepted" integer NOT NULL, "rejected" integer NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e649a2d0269d8f2347474c12113" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "census_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "entry_hash" character(64) NOT NULL, "import_id" uuid NOT NULL, "claimed_by" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_574d56a26b6985a075e68db76da" UNIQUE ("entry_hash"), CONSTRAINT "UQ_06801b4b167ab530d31ca606b9d" UNIQUE ("claimed_by"), CONSTRAINT "PK_d6bb21d137c23d92fe20963d133" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_f7da95d0844aa751d562d730fed" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "census_entry" ADD CONSTRAINT "FK_f18311e9bced7f77ebb7549089f" FOREIGN KEY ("import_id") REFERENCES "census_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "census_entry" ADD CONSTRAINT "FK_06801b4b167ab530d31ca606b9d" FOREIGN KEY ("claimed_by") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "census_entry" DROP CONSTRAINT "FK_06801b4b167ab530d31ca606b9d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "census_entry" DROP CONSTRAINT "FK_f18311e9bced7f77ebb7549089f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" DROP CONSTRAINT "FK_f7da95d0844aa751d562d730fed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_7643a722ca45fb721be1c63dc0c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" DROP CONSTRAINT "FK_fae5a6b4a57f098e9af8520d499"`,
    );
    await queryRunner.query(`DROP TABLE "census_entry"`);
    await queryRunner.query(`DROP TABLE "census_import"`);
    await queryRunner.query(`DROP INDEX "public"."account_token_account_idx"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_session_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."session_account_idx"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."account_email_key"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
