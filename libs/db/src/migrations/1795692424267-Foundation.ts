import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795692424267 implements MigrationInterface {
  name = 'Foundation1795692424267';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "seed_step" ("name" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eb4e8f74d3f1c1d19b1bbc61f5b" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dead_letter" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "job_id" text NOT NULL, "job_name" text NOT NULL, "outbox_event_id" bigint, "attempts" integer NOT NULL, "error" text NOT NULL, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4f1a05681c724b8f2b2d3a40278" UNIQUE ("job_id"), CONSTRAINT "PK_e51e9e534cd18984b2aad76403c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_delivery" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "delivery_key" text NOT NULL, "template" text NOT NULL, "message_id" text, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f9ddf16322fcbeba738109b2257" UNIQUE ("delivery_key"), CONSTRAINT "PK_d3538fca7dd3bf4d2f4ffc38a8c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_event_pending_idx" ON "outbox_event"  ("id") WHERE relayed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_role" text, "action" text NOT NULL, "object_type" text NOT NULL, "object_id" text, "before" jsonb, "after" jsonb, "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP TABLE "mail_delivery"`);
    await queryRunner.query(`DROP TABLE "dead_letter"`);
    await queryRunner.query(`DROP TABLE "seed_step"`);
  }
}
