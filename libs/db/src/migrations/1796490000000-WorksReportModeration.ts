import { MigrationInterface, QueryRunner } from 'typeorm';

/** `open_data_works` as WorksPlacesOpenData made it; `reports` is the clause that counts them. */
const worksView = (reports: string) => `CREATE OR REPLACE VIEW open_data_works AS
         SELECT w.id AS works_id, w.title, w.description, w.address, w.geometry, w.starts_on,
                w.ends_on, w.assessment_due_on, w.detour_version, d.description AS detour_description,
                d.accessible AS detour_accessible,
                coalesce(cs.slugs, '') AS council_slugs, coalesce(cs.slug_set, '{}') AS council_slug_set,
                coalesce(r.reports, 0) AS reports, coalesce(r.answered_reports, 0) AS answered_reports,
                greatest(w.updated_at, d.created_at, r.last_change) AS modified_at
           FROM works w
           LEFT JOIN works_detour d ON d.works_id = w.id AND d.version = w.detour_version
           LEFT JOIN LATERAL (
             SELECT string_agg(c.slug, ', ' ORDER BY c.slug) AS slugs,
                    array_agg(c.slug ORDER BY c.slug) AS slug_set
               FROM works_council wc JOIN council c ON c.id = wc.council_id
              WHERE wc.works_id = w.id) cs ON true
           LEFT JOIN LATERAL (${reports}
               FROM works_report wr WHERE wr.works_id = w.id) r ON true`;

const placeView = (reports: string) => `CREATE OR REPLACE VIEW open_data_place AS
         SELECT p.id AS place_id, p.name, p.kind, p.address, p.council_id, c.slug AS council_slug,
                p.entrance, p.toilets, p.hearing_loop, p.parking, p.overall, p.evidence,
                p.checked_on, p.planned_works, p.planned_works_on,
                coalesce(r.reports, 0) AS reports, coalesce(r.answered_reports, 0) AS answered_reports,
                greatest(p.updated_at, r.last_change) AS modified_at
           FROM place p
           LEFT JOIN council c ON c.id = p.council_id
           LEFT JOIN LATERAL (${reports}
               FROM place_report pr WHERE pr.place_id = p.id) r ON true`;

/**
 * Issue 19, left over from its review: agents hide a detour report (moderation), as they hide a
 * place report (PlaceReportModeration): who hid it, when and why stay on the row (and in the
 * audit log). The open data of works and of places no longer counts hidden reports; hiding one
 * still moves the row's `modified_at` (its counts changed).
 */
export class WorksReportModeration1796490000000 implements MigrationInterface {
  name = 'WorksReportModeration1796490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "works_report" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "works_report" ADD "hidden_reason" text`);
    await queryRunner.query(`ALTER TABLE "works_report" ADD "hidden_by" uuid`);
    await queryRunner.query(
      worksView(`
             SELECT count(*) FILTER (WHERE wr.hidden_at IS NULL)::int AS reports,
                    count(wr.answered_at) FILTER (WHERE wr.hidden_at IS NULL)::int AS answered_reports,
                    max(greatest(wr.created_at, wr.answered_at, wr.hidden_at)) AS last_change`),
    );
    await queryRunner.query(
      placeView(`
             SELECT count(*) FILTER (WHERE pr.hidden_at IS NULL)::int AS reports,
                    count(pr.answered_at) FILTER (WHERE pr.hidden_at IS NULL)::int AS answered_reports,
                    max(greatest(pr.created_at, pr.answered_at, pr.hidden_at)) AS last_change`),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      placeView(`
             SELECT count(*)::int AS reports, count(pr.answered_at)::int AS answered_reports,
                    max(greatest(pr.created_at, pr.answered_at)) AS last_change`),
    );
    await queryRunner.query(
      worksView(`
             SELECT count(*)::int AS reports, count(wr.answered_at)::int AS answered_reports,
                    max(greatest(wr.created_at, wr.answered_at)) AS last_change`),
    );
    await queryRunner.query(`ALTER TABLE "works_report" DROP COLUMN "hidden_by"`);
    await queryRunner.query(`ALTER TABLE "works_report" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`ALTER TABLE "works_report" DROP COLUMN "hidden_at"`);
  }
}
