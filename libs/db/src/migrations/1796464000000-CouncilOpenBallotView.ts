import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a charter may not change while one of its council's ballots is open. Meetings owns
 * the ballots; it lets councils see which are open through the view `council_open_ballot`
 * (libs/meetings/src/read-views.ts).
 */
export class CouncilOpenBallotView1796464000000 implements MigrationInterface {
  name = 'CouncilOpenBallotView1796464000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW council_open_ballot AS
         SELECT b.id AS ballot_id, b.meeting_id, m.council_id
           FROM ballot b JOIN meeting m ON m.id = b.meeting_id
          WHERE b.status = 'OPEN'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW council_open_ballot`);
  }
}
