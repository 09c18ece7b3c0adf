import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * French full-text search with accents folded ("velo" finds "vélo"), titles weighing more than
 * bodies, and trigram similarity on titles (similarProposals). unaccent and pg_trgm are trusted
 * extensions: the database owner may create them.
 */
export class ProposalSearch1795697218638 implements MigrationInterface {
  name = 'ProposalSearch1795697218638';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TEXT SEARCH CONFIGURATION quorum_french (COPY = pg_catalog.french)`,
    );
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION quorum_french
         ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`,
    );
    // unaccent() is only STABLE; an index needs an IMMUTABLE expression with a fixed dictionary.
    await queryRunner.query(
      `CREATE FUNCTION quorum_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
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
    // Proposals written before this migration get their vector too.
    await queryRunner.query(`UPDATE proposal SET title = title`);
    await queryRunner.query(
      `CREATE INDEX proposal_search_idx ON proposal USING gin (search_vector)`,
    );
    await queryRunner.query(
      `CREATE INDEX proposal_title_trgm_idx ON proposal USING gin (quorum_fold(title) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX proposal_title_trgm_idx`);
    await queryRunner.query(`DROP INDEX proposal_search_idx`);
    await queryRunner.query(`DROP TRIGGER proposal_search_vector ON proposal`);
    await queryRunner.query(`DROP FUNCTION proposal_search_vector()`);
    await queryRunner.query(`ALTER TABLE "proposal" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DROP FUNCTION quorum_fold(text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION quorum_french`);
  }
}
