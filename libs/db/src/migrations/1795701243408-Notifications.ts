import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795701243408 implements MigrationInterface {
  name = 'Notifications1795701243408';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" bigint NOT NULL, "event_type" text NOT NULL, "account_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_inbox_idx" ON "notification"  ("account_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_once_key" ON "notification"  ("event_id", "account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "event_id" bigint NOT NULL, "event_type" text NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "digest_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d824f1fa65e77c6784b3fd2788a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_email_status_idx" ON "notification_email"  ("status", "account_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_email_once_key" ON "notification_email"  ("event_id", "account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2c7b26f22e8e8ef9774d9878736" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("account_id" uuid NOT NULL, "event_type" text NOT NULL, "mode" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a6e821706ebc44ead4a4e7d8ca" PRIMARY KEY ("account_id", "event_type"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_once" ("key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee79a8edbfc34ff11b527c7967b" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_email" ADD CONSTRAINT "FK_d04405e493c344a3074493058c6" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_email" DROP CONSTRAINT "FK_d04405e493c344a3074493058c6"`,
    );
    await queryRunner.query(`DROP TABLE "notification_once"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP INDEX "public"."notification_email_once_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_email_status_idx"`);
    await queryRunner.query(`DROP TABLE "notification_email"`);
    await queryRunner.query(`DROP INDEX "public"."notification_once_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_inbox_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
