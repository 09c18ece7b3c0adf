import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19: the works projects and the register of places in the open-data catalogue, as the
 * other datasets are (`datapackage.json`): one read view each, declared by its owner
 * (libs/works/src/read-views.ts, libs/places/src/read-views.ts). No personal data: no author of
 * a report or an assessment, no agent; reports are counted, not shown.
 *
 * A works project may concern several councils: `council_slug_set` (not published) is what the
 * `council` filter matches, `council_slugs` what the files show.
 */
export class WorksPlacesOpenData1796480000000 implements MigrationInterface {
  name = 'WorksPlacesOpenData1796480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE VIEW open_data_works AS
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
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS reports, count(wr.answered_at)::int AS answered_reports,
                    max(greatest(wr.created_at, wr.answered_at)) AS last_change
               FROM works_report wr WHERE wr.works_id = w.id) r ON true`,
    );
    await queryRunner.query(
      `CREATE VIEW open_data_place AS
         SELECT p.id AS place_id, p.name, p.kind, p.address, p.council_id, c.slug AS council_slug,
                p.entrance, p.toilets, p.hearing_loop, p.parking, p.overall, p.evidence,
                p.checked_on, p.planned_works, p.planned_works_on,
                coalesce(r.reports, 0) AS reports, coalesce(r.answered_reports, 0) AS answered_reports,
                greatest(p.updated_at, r.last_change) AS modified_at
           FROM place p
           LEFT JOIN council c ON c.id = p.council_id
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS reports, count(pr.answered_at)::int AS answered_reports,
                    max(greatest(pr.created_at, pr.answered_at)) AS last_change
               FROM place_report pr WHERE pr.place_id = p.id) r ON true`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW open_data_place`);
    await queryRunner.query(`DROP VIEW open_data_works`);
  }
}
