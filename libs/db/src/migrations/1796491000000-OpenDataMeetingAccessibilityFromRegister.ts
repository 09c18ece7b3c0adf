import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19 left-over: the meetings' open data and their iCalendar feeds (both read
 * `open_data_meeting`) say of a meeting held in a place of the register what the meeting page and
 * the convocation say: the register's accessibility now, not the one stored at scheduling. A
 * meeting without a place keeps what its chair said.
 *
 * The derivation is libs/places `meetingAccessibility` (accessible only when the place is; the
 * chair's details, or else the features not accessible) written in SQL, since the files are
 * streamed from the view; test/open-data.e2e-spec.ts checks that the two agree.
 *
 * `place_accessibility` gains the place's `updated_at`, so that a place checked again moves the
 * meeting's `modified_at` (the files' Last-Modified, the events' DTSTAMP and LAST-MODIFIED: with
 * an unchanged SEQUENCE, a calendar takes the event with the later DTSTAMP).
 */
const PLACE_ACCESSIBILITY = `SELECT id AS place_id, name, address, entrance, toilets, hearing_loop, parking, overall, checked_on`;

const MEETING_COLUMNS = `m.id AS meeting_id, m.council_id, c.slug AS council_slug, c.name AS council_name,
                m.status, m.starts_at, m.place`;
const MEETING_TAIL = `m.is_public,
                m.convened_at, m.opened_at, m.closed_at, m.cancelled_at, m.cancel_reason,
                m.members_in_office, m.quorum_required, m.revision`;
const MEETING_MODIFIED = `greatest(m.convened_at, m.opened_at, m.closed_at, m.cancelled_at, m.created_at)`;

export class OpenDataMeetingAccessibilityFromRegister1796491000000 implements MigrationInterface {
  name = 'OpenDataMeetingAccessibilityFromRegister1796491000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE VIEW place_accessibility AS ${PLACE_ACCESSIBILITY}, updated_at FROM place`,
    );
    // Same columns, in the same order (the views built on it stay as they are).
    await queryRunner.query(
      `CREATE OR REPLACE VIEW open_data_meeting AS
         SELECT ${MEETING_COLUMNS},
                CASE WHEN pa.place_id IS NULL THEN m.accessible
                     ELSE pa.overall = 'ACCESSIBLE' END AS accessible,
                CASE WHEN pa.place_id IS NULL THEN m.accessibility_details
                     ELSE coalesce(m.accessibility_details,
                            'non accessible (' || nullif(concat_ws(', ',
                              CASE WHEN pa.entrance = 'NOT_ACCESSIBLE' THEN 'entrée' END,
                              CASE WHEN pa.toilets = 'NOT_ACCESSIBLE' THEN 'toilettes' END,
                              CASE WHEN pa.hearing_loop = 'NOT_ACCESSIBLE' THEN 'boucle magnétique' END,
                              CASE WHEN pa.parking = 'NOT_ACCESSIBLE' THEN 'stationnement réservé' END),
                            '') || ')') END AS accessibility_details,
                ${MEETING_TAIL},
                greatest(${MEETING_MODIFIED}, pa.updated_at) AS modified_at
           FROM meeting m
           JOIN council c ON c.id = m.council_id
           LEFT JOIN place_accessibility pa ON pa.place_id = m.place_id
          WHERE m.status <> 'DRAFT'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE VIEW open_data_meeting AS
         SELECT ${MEETING_COLUMNS}, m.accessible, m.accessibility_details, ${MEETING_TAIL},
                ${MEETING_MODIFIED} AS modified_at
           FROM meeting m
           JOIN council c ON c.id = m.council_id
          WHERE m.status <> 'DRAFT'`,
    );
    // A view loses a column only by being made again.
    await queryRunner.query(`DROP VIEW place_accessibility`);
    await queryRunner.query(`CREATE VIEW place_accessibility AS ${PLACE_ACCESSIBILITY} FROM place`);
  }
}
