import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14: a proposal's card shows its council. Councils let proposals read a council's card
 * (what `Council` shows without its charter, colleges and followers) through the view
 * `council_card` (libs/councils/src/read-views.ts), so a listing joins the councils of its page
 * after the LIMIT, in the page's own statement, rather than asking for them in a second one.
 */
export class CouncilCardView1796476000000 implements MigrationInterface {
  name = 'CouncilCardView1796476000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW council_card AS
         SELECT id AS council_id, slug, name, neighbourhood_name AS neighbourhood,
                neighbourhood AS neighbourhood_key, perimeter_description, perimeter_geojson, created_at
           FROM council`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW council_card`);
  }
}
