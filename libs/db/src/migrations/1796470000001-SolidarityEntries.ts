import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: the solidarity information page's entries (libs/associations), and their open data
 * (`open_data_solidarity_service`, libs/associations/src/read-views.ts): published entries only,
 * with whether each is stale (not checked for 90 days) on the application's clock.
 */
export class SolidarityEntries1796470000001 implements MigrationInterface {
  name = 'SolidarityEntries1796470000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "solidarity_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "association_id" uuid, "operator_name" text, "council_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "audience" text NOT NULL DEFAULT '', "address" text NOT NULL DEFAULT '', "hours" text NOT NULL DEFAULT '', "access" text NOT NULL DEFAULT '', "accessibility" text NOT NULL DEFAULT '', "languages" text array NOT NULL DEFAULT '{}', "cost" text NOT NULL DEFAULT '', "contact" text NOT NULL DEFAULT '', "soliguide_url" text, "status" text NOT NULL, "last_checked_on" date NOT NULL, "last_checked_by" uuid, "created_by" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "solidarity_entry_status_check" CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')), CONSTRAINT "solidarity_entry_operator_check" CHECK (association_id IS NOT NULL OR operator_name IS NOT NULL), CONSTRAINT "PK_28eaff5a362ae71514f5bf4efe4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "solidarity_entry_association_idx" ON "solidarity_entry" ("association_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "solidarity_entry_council_idx" ON "solidarity_entry" ("council_id") `,
    );
    await queryRunner.query(
      `CREATE VIEW open_data_solidarity_service AS
         SELECT e.id AS entry_id, e.title, e.description, e.audience, e.address, e.hours, e.access,
                e.accessibility, array_to_string(e.languages, ', ') AS languages, e.cost, e.contact,
                e.soliguide_url, coalesce(a.name, e.operator_name) AS run_by, e.association_id,
                e.council_id, c.slug AS council_slug, e.last_checked_on,
                e.last_checked_on <= (clock_now() AT TIME ZONE 'Europe/Paris')::date - 90 AS stale,
                e.updated_at AS modified_at
           FROM solidarity_entry e
           LEFT JOIN association a ON a.id = e.association_id
           LEFT JOIN council c ON c.id = e.council_id
          WHERE e.status = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW open_data_solidarity_service`);
    await queryRunner.query(`DROP INDEX "public"."solidarity_entry_council_idx"`);
    await queryRunner.query(`DROP INDEX "public"."solidarity_entry_association_idx"`);
    await queryRunner.query(`DROP TABLE "solidarity_entry"`);
  }
}
