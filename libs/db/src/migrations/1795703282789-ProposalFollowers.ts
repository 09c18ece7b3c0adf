import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProposalFollowers1795703282789 implements MigrationInterface {
  name = 'ProposalFollowers1795703282789';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "proposal_follower" ("proposal_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5069455e509cc15d7f950bab30" PRIMARY KEY ("proposal_id", "account_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "proposal_follower" ADD CONSTRAINT "FK_71b9f1c6a2615199ec6cca25e86" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "proposal_follower" DROP CONSTRAINT "FK_71b9f1c6a2615199ec6cca25e86"`,
    );
    await queryRunner.query(`DROP TABLE "proposal_follower"`);
  }
}
