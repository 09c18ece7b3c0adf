import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search on a narrow table (issue 14): `proposal_search` holds each proposal's words
 * and the columns the listing filters on, kept by triggers on `proposal`; the vector and its GIN
 * index leave `proposal`, whose every support wrote a new entry in that index too.
 */
export class ProposalSearchTable1796430000000 implements MigrationInterface {
  name = 'ProposalSearchTable1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal_search" ("id" uuid NOT NULL, "council_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" text NOT NULL, "category" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector NOT NULL, CONSTRAINT "PK_ba90969de4353733873cb8e89bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION proposal_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM proposal_search WHERE id = OLD.id;
          RETURN NULL;
        END IF;
        INSERT INTO proposal_search (id, council_id, author_id, status, category, hidden_at, search_vector)
        VALUES (NEW.id, NEW.council_id, NEW.author_id, NEW.status, NEW.category, NEW.hidden_at,
                setweight(to_tsvector('quorum_french', coalesce(NEW.title, '')), 'A')
                || setweight(to_tsvector('quorum_french', coalesce(NEW.body_markdown, '')), 'B'))
        ON CONFLICT (id) DO UPDATE SET council_id = excluded.council_id, author_id = excluded.author_id,
          status = excluded.status, category = excluded.category, hidden_at = excluded.hidden_at,
          search_vector = excluded.search_vector;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_search_insert_delete AFTER INSERT OR DELETE ON proposal
        FOR EACH ROW EXECUTE FUNCTION proposal_search_row()`);
    // A support changes none of these columns and fires nothing.
    await queryRunner.query(`
      CREATE TRIGGER proposal_search_update
        AFTER UPDATE OF title, body_markdown, council_id, author_id, status, category, hidden_at ON proposal
        FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.body_markdown IS DISTINCT FROM NEW.body_markdown
          OR OLD.council_id IS DISTINCT FROM NEW.council_id OR OLD.author_id IS DISTINCT FROM NEW.author_id
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.category IS DISTINCT FROM NEW.category
          OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at)
        EXECUTE FUNCTION proposal_search_row()`);
    await queryRunner.query(`
      CREATE FUNCTION proposal_search_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM proposal_search; RETURN NULL; END $$`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_search_truncate AFTER TRUNCATE ON proposal
        FOR EACH STATEMENT EXECUTE FUNCTION proposal_search_truncate()`);
    await queryRunner.query(`
      INSERT INTO proposal_search (id, council_id, author_id, status, category, hidden_at, search_vector)
      SELECT id, council_id, author_id, status, category, hidden_at,
             coalesce(search_vector, setweight(to_tsvector('quorum_french', coalesce(title, '')), 'A')
               || setweight(to_tsvector('quorum_french', coalesce(body_markdown, '')), 'B'))
        FROM proposal`);
    await queryRunner.query(
      `CREATE INDEX proposal_search_vector_idx ON proposal_search USING gin (search_vector) WHERE hidden_at IS NULL`,
    );
    await queryRunner.query(`DROP INDEX proposal_search_idx`);
    await queryRunner.query(`DROP TRIGGER proposal_search_vector ON proposal`);
    await queryRunner.query(`DROP FUNCTION proposal_search_vector()`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "search_vector"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "proposal" ADD "search_vector" tsvector`);
    await queryRunner.query(`
      CREATE FUNCTION proposal_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := setweight(to_tsvector('quorum_french', coalesce(NEW.title, '')), 'A')
                          || setweight(to_tsvector('quorum_french', coalesce(NEW.body_markdown, '')), 'B');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER proposal_search_vector BEFORE INSERT OR UPDATE OF title, body_markdown ON proposal
        FOR EACH ROW EXECUTE FUNCTION proposal_search_vector()`);
    await queryRunner.query(
      `UPDATE proposal p SET search_vector = s.search_vector FROM proposal_search s WHERE s.id = p.id`,
    );
    await queryRunner.query(
      `CREATE INDEX proposal_search_idx ON proposal USING gin (search_vector)`,
    );
    await queryRunner.query(`DROP TRIGGER proposal_search_truncate ON proposal`);
    await queryRunner.query(`DROP TRIGGER proposal_search_update ON proposal`);
    await queryRunner.query(`DROP TRIGGER proposal_search_insert_delete ON proposal`);
    await queryRunner.query(`DROP FUNCTION proposal_search_truncate()`);
    await queryRunner.query(`DROP FUNCTION proposal_search_row()`);
    await queryRunner.query(`DROP TABLE "proposal_search"`);
  }
}
