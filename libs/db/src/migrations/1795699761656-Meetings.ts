import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The database's last word on records that must not change, whatever the code does: a closed
 * ballot and its votes, a vote once cast, published minutes and the statements printed in them.
 */
const RECORDS_ARE_FINAL = `
  CREATE FUNCTION quorum_refuse(what text) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION '% is final: change refused', what USING ERRCODE = 'object_not_in_prerequisite_state';
  END $$;

  CREATE FUNCTION ballot_final() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF OLD.status = 'CLOSED' THEN PERFORM quorum_refuse('a closed ballot'); END IF;
    IF TG_OP = 'UPDATE' AND NEW.secret IS DISTINCT FROM OLD.secret THEN PERFORM quorum_refuse('a ballot''s secrecy'); END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END $$;
  CREATE TRIGGER ballot_final BEFORE UPDATE OR DELETE ON ballot FOR EACH ROW EXECUTE FUNCTION ballot_final();

  CREATE FUNCTION ballot_votes_final() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.ballot_id ELSE NEW.ballot_id END;
    current_status text;
  BEGIN
    IF TG_OP <> 'INSERT' AND TG_TABLE_NAME <> 'ballot_secret_tally' THEN PERFORM quorum_refuse('a vote'); END IF;
    -- Shares the lock a close takes: a write never slips in beside a close being committed.
    SELECT status INTO current_status FROM ballot WHERE id = target FOR SHARE;
    IF current_status = 'CLOSED' THEN PERFORM quorum_refuse('a closed ballot'); END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END $$;
  CREATE TRIGGER ballot_vote_final BEFORE INSERT OR UPDATE OR DELETE ON ballot_vote
    FOR EACH ROW EXECUTE FUNCTION ballot_votes_final();
  CREATE TRIGGER ballot_voter_final BEFORE INSERT OR UPDATE OR DELETE ON ballot_voter
    FOR EACH ROW EXECUTE FUNCTION ballot_votes_final();
  CREATE TRIGGER ballot_secret_tally_final BEFORE INSERT OR UPDATE OR DELETE ON ballot_secret_tally
    FOR EACH ROW EXECUTE FUNCTION ballot_votes_final();

  CREATE FUNCTION minutes_final() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF OLD.status = 'PUBLISHED' THEN PERFORM quorum_refuse('published minutes'); END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END $$;
  CREATE TRIGGER minutes_final BEFORE UPDATE OR DELETE ON minutes FOR EACH ROW EXECUTE FUNCTION minutes_final();

  CREATE FUNCTION opposition_statement_final() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM minutes WHERE id = OLD.minutes_id AND status = 'PUBLISHED'))
       OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM minutes WHERE id = NEW.minutes_id AND status = 'PUBLISHED')) THEN
      PERFORM quorum_refuse('a statement in published minutes');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END $$;
  CREATE TRIGGER opposition_statement_final BEFORE INSERT OR UPDATE OR DELETE ON opposition_statement
    FOR EACH ROW EXECUTE FUNCTION opposition_statement_final();
`;

const DROP_RECORDS_ARE_FINAL = `
  DROP TRIGGER opposition_statement_final ON opposition_statement;
  DROP FUNCTION opposition_statement_final();
  DROP TRIGGER minutes_final ON minutes;
  DROP FUNCTION minutes_final();
  DROP TRIGGER ballot_secret_tally_final ON ballot_secret_tally;
  DROP TRIGGER ballot_voter_final ON ballot_voter;
  DROP TRIGGER ballot_vote_final ON ballot_vote;
  DROP FUNCTION ballot_votes_final();
  DROP TRIGGER ballot_final ON ballot;
  DROP FUNCTION ballot_final();
  DROP FUNCTION quorum_refuse(text);
`;

export class Meetings1795699761656 implements MigrationInterface {
  name = 'Meetings1795699761656';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "status" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL, "accessible" boolean NOT NULL, "accessibility_details" text, "is_public" boolean NOT NULL, "scheduled_by" uuid NOT NULL, "convened_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "members_in_office" integer, "quorum_required" integer, "chaired_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meeting_council_starts_idx" ON "meeting"  ("council_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "minutes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "council_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "record_markdown" text NOT NULL, "summary_markdown" text NOT NULL, "previous_version_id" uuid, "drafted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "adopted_at" TIMESTAMP WITH TIME ZONE, "adopted_by_ballot_id" uuid, "publication_due" date, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "document" text, "content_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minutes_one_unpublished_key" ON "minutes"  ("meeting_id") WHERE status <> 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "minutes_version_key" ON "minutes"  ("meeting_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "opposition_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "author_id" uuid NOT NULL, "political_group" text NOT NULL, "minutes_id" uuid, "proposal_id" uuid, "body_markdown" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "opposition_statement_target_check" CHECK ((minutes_id IS NULL) <> (proposal_id IS NULL)), CONSTRAINT "PK_a4d3b202679ef97e1e1700eb2b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "opposition_statement_answer_key" ON "opposition_statement"  ("proposal_id", "author_id") WHERE proposal_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "opposition_statement_minutes_key" ON "opposition_statement"  ("minutes_id", "author_id") WHERE minutes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "description_markdown" text NOT NULL DEFAULT '', "description_html" text NOT NULL DEFAULT '', "proposal_id" uuid, "minutes_id" uuid, "added_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agenda_item_proposal_key" ON "agenda_item"  ("meeting_id", "proposal_id") WHERE proposal_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "agenda_item_meeting_idx" ON "agenda_item"  ("meeting_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance" ("meeting_id" uuid NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "proxy_holder_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attendance_proxy_check" CHECK ((status = 'REPRESENTED') = (proxy_holder_id IS NOT NULL) AND proxy_holder_id IS DISTINCT FROM account_id), CONSTRAINT "PK_bcc92040ef4fcb5c7b733b1d340" PRIMARY KEY ("meeting_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attendance_one_proxy_key" ON "attendance"  ("meeting_id", "proxy_holder_id") WHERE proxy_holder_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "secret" boolean NOT NULL, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "present_count" integer, "quorum_required" integer, "quorum_held" boolean, "for_count" integer, "against_count" integer, "abstain_count" integer, "adopted" boolean, CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ballot_one_open_key" ON "ballot"  ("meeting_id") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ballot_item_key" ON "ballot"  ("agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_vote" ("ballot_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "cast_by" uuid NOT NULL, "choice" text NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ballot_vote_choice_check" CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')), CONSTRAINT "PK_adb34dfde2c97beb3e93b4ee1a5" PRIMARY KEY ("ballot_id", "voter_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_voter" ("ballot_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "cast_by" uuid NOT NULL, CONSTRAINT "PK_46aa078be704dc64fdbf9bf3c2e" PRIMARY KEY ("ballot_id", "voter_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_secret_tally" ("ballot_id" uuid NOT NULL, "for_count" integer NOT NULL DEFAULT '0', "against_count" integer NOT NULL DEFAULT '0', "abstain_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2a037382c2dfd6c2e56c044043e" PRIMARY KEY ("ballot_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_b5f85480864d8582430e488a93d" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_c3569b73e0845297248eba1a317" FOREIGN KEY ("previous_version_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opposition_statement" ADD CONSTRAINT "FK_4083c654b46bd6827f4742543a8" FOREIGN KEY ("minutes_id") REFERENCES "minutes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_fedd75244556b90cd6a92b7c149" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "FK_1fa552ec07791de9ff734a53e86" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "FK_7c07de4dffce81dcd2f14db3263" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_vote" ADD CONSTRAINT "FK_450bd4ca067709f86c5985787c8" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_voter" ADD CONSTRAINT "FK_dfc5ab184295967656024de42d7" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_secret_tally" ADD CONSTRAINT "FK_2a037382c2dfd6c2e56c044043e" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(RECORDS_ARE_FINAL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_RECORDS_ARE_FINAL);
    await queryRunner.query(
      `ALTER TABLE "ballot_secret_tally" DROP CONSTRAINT "FK_2a037382c2dfd6c2e56c044043e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_voter" DROP CONSTRAINT "FK_dfc5ab184295967656024de42d7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_vote" DROP CONSTRAINT "FK_450bd4ca067709f86c5985787c8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" DROP CONSTRAINT "FK_7c07de4dffce81dcd2f14db3263"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" DROP CONSTRAINT "FK_1fa552ec07791de9ff734a53e86"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" DROP CONSTRAINT "FK_fedd75244556b90cd6a92b7c149"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" DROP CONSTRAINT "FK_4d88141b534e8aad85bb583eb3b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opposition_statement" DROP CONSTRAINT "FK_4083c654b46bd6827f4742543a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" DROP CONSTRAINT "FK_c3569b73e0845297248eba1a317"`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" DROP CONSTRAINT "FK_b5f85480864d8582430e488a93d"`,
    );
    await queryRunner.query(`DROP TABLE "ballot_secret_tally"`);
    await queryRunner.query(`DROP TABLE "ballot_voter"`);
    await queryRunner.query(`DROP TABLE "ballot_vote"`);
    await queryRunner.query(`DROP INDEX "public"."ballot_item_key"`);
    await queryRunner.query(`DROP INDEX "public"."ballot_one_open_key"`);
    await queryRunner.query(`DROP TABLE "ballot"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_one_proxy_key"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_item_meeting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_item_proposal_key"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."opposition_statement_minutes_key"`);
    await queryRunner.query(`DROP INDEX "public"."opposition_statement_answer_key"`);
    await queryRunner.query(`DROP TABLE "opposition_statement"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."minutes_one_unpublished_key"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_council_starts_idx"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
  }
}
