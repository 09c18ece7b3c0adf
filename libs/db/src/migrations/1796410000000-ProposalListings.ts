import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings at city scale (issue 14): an index for each allow-listed order of `proposals(...)`, the
 * council's (and the council's with a status, the common "most supported of my council" page),
 * and a tally that keeps `totalCount` exact without counting the rows of every page.
 */
export class ProposalListings1796410000000 implements MigrationInterface {
  name = 'ProposalListings1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Declared on the entity (plain columns): MOST_SUPPORTED and RECENTLY_ACTIVE, and the
    // council + status + MOST_SUPPORTED page, which also serves every (council, status) lookup.
    await queryRunner.query(`DROP INDEX "public"."proposal_council_status_idx"`);
    await queryRunner.query(
      `CREATE INDEX "proposal_council_status_supported_idx" ON "proposal"  ("council_id", "status", "support_count", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "proposal_most_supported_idx" ON "proposal"  ("support_count", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "proposal_recently_active_idx" ON "proposal"  ("last_activity_at", "id") `,
    );
    // Written by hand (expressions TypeORM cannot declare): NEWEST sorts on the publication,
    // or the creation of a draft; the same key within a council.
    await queryRunner.query(
      `CREATE INDEX proposal_newest_idx ON proposal ((coalesce(published_at, created_at)), id)`,
    );
    await queryRunner.query(
      `CREATE INDEX proposal_council_newest_idx ON proposal (council_id, (coalesce(published_at, created_at)), id)`,
    );
    // Written by hand (partial): the few hidden proposals, whatever the order (status HIDDEN).
    await queryRunner.query(
      `CREATE INDEX proposal_hidden_idx ON proposal (id) WHERE hidden_at IS NOT NULL`,
    );

    // The tally: how many proposals per council, status, category and moderation state, kept by
    // triggers in the transaction that changes a row (exact, as the rows are). A support changes
    // none of these columns and fires nothing.
    await queryRunner.query(
      `CREATE TABLE "proposal_tally" ("council_id" uuid NOT NULL, "status" text NOT NULL, "category" text NOT NULL, "hidden" boolean NOT NULL, "n" integer NOT NULL, CONSTRAINT "PK_f1d49a246dc76cdadb6075d354a" PRIMARY KEY ("council_id", "status", "category", "hidden"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION proposal_tally_add(c uuid, s text, k text, h boolean, d integer) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO proposal_tally (council_id, status, category, hidden, n) VALUES (c, s, k, h, d)
          ON CONFLICT (council_id, status, category, hidden) DO UPDATE SET n = proposal_tally.n + d
        $$`);
    await queryRunner.query(`
      CREATE FUNCTION proposal_tally_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM proposal_tally_add(OLD.council_id, OLD.status, OLD.category, OLD.hidden_at IS NOT NULL, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM proposal_tally_add(NEW.council_id, NEW.status, NEW.category, NEW.hidden_at IS NOT NULL, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_tally_insert_delete AFTER INSERT OR DELETE ON proposal
        FOR EACH ROW EXECUTE FUNCTION proposal_tally_row()`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_tally_update AFTER UPDATE OF council_id, status, category, hidden_at ON proposal
        FOR EACH ROW WHEN (OLD.council_id IS DISTINCT FROM NEW.council_id OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.category IS DISTINCT FROM NEW.category OR (OLD.hidden_at IS NULL) <> (NEW.hidden_at IS NULL))
        EXECUTE FUNCTION proposal_tally_row()`);
    await queryRunner.query(`
      CREATE FUNCTION proposal_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM proposal_tally; RETURN NULL; END $$`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_tally_truncate AFTER TRUNCATE ON proposal
        FOR EACH STATEMENT EXECUTE FUNCTION proposal_tally_truncate()`);
    await queryRunner.query(`
      INSERT INTO proposal_tally (council_id, status, category, hidden, n)
      SELECT council_id, status, category, hidden_at IS NOT NULL, count(*)::int FROM proposal GROUP BY 1, 2, 3, 4`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER proposal_tally_truncate ON proposal`);
    await queryRunner.query(`DROP TRIGGER proposal_tally_update ON proposal`);
    await queryRunner.query(`DROP TRIGGER proposal_tally_insert_delete ON proposal`);
    await queryRunner.query(`DROP FUNCTION proposal_tally_truncate()`);
    await queryRunner.query(`DROP FUNCTION proposal_tally_row()`);
    await queryRunner.query(`DROP FUNCTION proposal_tally_add(uuid, text, text, boolean, integer)`);
    await queryRunner.query(`DROP TABLE "proposal_tally"`);
    await queryRunner.query(`DROP INDEX proposal_hidden_idx`);
    await queryRunner.query(`DROP INDEX proposal_council_newest_idx`);
    await queryRunner.query(`DROP INDEX proposal_newest_idx`);
    await queryRunner.query(`DROP INDEX "public"."proposal_recently_active_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_most_supported_idx"`);
    await queryRunner.query(`DROP INDEX "public"."proposal_council_status_supported_idx"`);
    await queryRunner.query(
      `CREATE INDEX "proposal_council_status_idx" ON "proposal"  ("council_id", "status") `,
    );
  }
}
