import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContestedCensusClaims1796110337882 implements MigrationInterface {
  name = 'ContestedCensusClaims1796110337882';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contested_census_claim" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "entry_id" bigint NOT NULL, "claimant_id" uuid NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_77c123fad6a534aecf585ff4999" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "contested_census_claim" ADD CONSTRAINT "FK_93172503eeb86a09be8f9a9c0e3" FOREIGN KEY ("entry_id") REFERENCES "census_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contested_census_claim" ADD CONSTRAINT "FK_450912822a54549b025fd84d0cb" FOREIGN KEY ("claimant_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contested_census_claim" DROP CONSTRAINT "FK_450912822a54549b025fd84d0cb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contested_census_claim" DROP CONSTRAINT "FK_93172503eeb86a09be8f9a9c0e3"`,
    );
    await queryRunner.query(`DROP TABLE "contested_census_claim"`);
  }
}
