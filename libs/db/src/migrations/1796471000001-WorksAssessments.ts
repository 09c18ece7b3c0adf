import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: partner associations asked for their assessment of a works' detour (libs/works, on
 * libs/associations' service): who was asked, the accounts the request notified, the assessments.
 */
export class WorksAssessments1796471000001 implements MigrationInterface {
  name = 'WorksAssessments1796471000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "works_assessment_request" ("works_id" uuid NOT NULL, "association_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c432932a36f262554099dc9b314" PRIMARY KEY ("works_id", "association_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "works_assessment_invitee" ("works_id" uuid NOT NULL, "association_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_147f042b6096c53f0780be6ef2a" PRIMARY KEY ("works_id", "association_id", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "works_assessment_invitee_account_idx" ON "works_assessment_invitee" ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "works_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "works_id" uuid NOT NULL, "association_id" uuid NOT NULL, "author_id" uuid, "detour_version" integer NOT NULL, "opinion" text NOT NULL, "comment" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ff3dcc8a44621ab9a1fc471065" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "works_assessment_association_key" ON "works_assessment" ("works_id", "association_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "works_assessment_request" ADD CONSTRAINT "FK_ad1ef9d173f3deb453c5ce8fba2" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "works_assessment_invitee" ADD CONSTRAINT "FK_55c40ea281371feb932363ee30c" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "works_assessment" ADD CONSTRAINT "FK_d578846f997ea146bd47a7597df" FOREIGN KEY ("works_id") REFERENCES "works"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "works_assessment"`);
    await queryRunner.query(`DROP TABLE "works_assessment_invitee"`);
    await queryRunner.query(`DROP TABLE "works_assessment_request"`);
  }
}
