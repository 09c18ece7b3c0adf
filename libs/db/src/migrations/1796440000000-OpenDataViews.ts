import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the open data publishes (SPEC §6), as read views each owner declares in its
 * `read-views.ts`: only what is already public, so transparency's exports cannot leak a draft, a
 * hidden body, an e-mail or a secret ballot's choices whatever their SQL. Also a `revision` of
 * each meeting, bumped by the database on every change that matters to a calendar (the
 * iCalendar SEQUENCE).
 */
export class OpenDataViews1796440000000 implements MigrationInterface {
  name = 'OpenDataViews1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE meeting ADD COLUMN revision integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE FUNCTION meeting_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF (NEW.status, NEW.starts_at, NEW.place, NEW.accessible, NEW.accessibility_details,
             NEW.is_public, NEW.cancel_reason)
            IS DISTINCT FROM
            (OLD.status, OLD.starts_at, OLD.place, OLD.accessible, OLD.accessibility_details,
             OLD.is_public, OLD.cancel_reason) THEN
           NEW.revision := OLD.revision + 1;
         ELSE
           NEW.revision := OLD.revision;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER meeting_revision BEFORE UPDATE ON meeting
         FOR EACH ROW EXECUTE FUNCTION meeting_bump_revision()`,
    );

    // councils
    await queryRunner.query(
      `CREATE VIEW open_data_council AS
         SELECT c.id AS council_id, c.slug AS council_slug, c.name, c.neighbourhood,
                c.perimeter_description, c.charter_version, ch.support_threshold,
                ch.support_window_days, ch.response_deadline_days, ch.convocation_notice_days,
                ch.quorum, ch.minutes_publication_days, ch.term_years, ch.resident_seats,
                ch.association_seats, ch.majority_seats, ch.opposition_seats, c.created_at,
                greatest(c.created_at, ch.created_at) AS modified_at
           FROM council c
           JOIN council_charter ch ON ch.council_id = c.id AND ch.version = c.charter_version`,
    );
    await queryRunner.query(
      `CREATE VIEW open_data_member AS
         SELECT m.id AS membership_id, m.council_id, c.slug AS council_slug, m.account_id,
                a.display_name, m.college, m.role, m.political_group, m.term_start, m.term_end,
                (m.ended_at AT TIME ZONE 'Europe/Paris')::date AS ended_on,
                m.sortition_id IS NOT NULL AS drawn_by_lot,
                greatest(m.created_at, m.ended_at) AS modified_at
           FROM council_membership m
           JOIN council c ON c.id = m.council_id
           JOIN account_public_name a ON a.account_id = m.account_id`,
    );

    // proposals: published ones only (no drafts); a hidden one keeps its title, author and
    // public reason, as on the site, never its body (which no column here carries).
    await queryRunner.query(
      `CREATE VIEW open_data_proposal AS
         SELECT p.id AS proposal_id, p.council_id, c.slug AS council_slug, p.title,
                a.display_name AS author_name, p.category, p.address,
                CASE WHEN p.hidden_at IS NOT NULL THEN 'HIDDEN' ELSE p.status END AS status,
                p.support_count, p.support_threshold, p.published_at, p.expires_at,
                p.qualified_at, p.decided_at, p.answer_deadline, p.answer,
                p.answer_justification, p.answered_at, p.implemented_at, p.withdrawn_at,
                p.hidden_at, p.hidden_reason,
                greatest(p.published_at, p.qualified_at, p.decided_at, p.answered_at,
                         p.implemented_at, p.withdrawn_at, p.hidden_at, p.last_activity_at) AS modified_at
           FROM proposal p
           JOIN council c ON c.id = p.council_id
           JOIN account_public_name a ON a.account_id = p.author_id
          WHERE p.status <> 'DRAFT' AND p.published_at IS NOT NULL`,
    );

    // meetings: convened ones (a draft is nobody's business yet), and what hangs from them.
    await queryRunner.query(
      `CREATE VIEW open_data_meeting AS
         SELECT m.id AS meeting_id, m.council_id, c.slug AS council_slug, c.name AS council_name,
                m.status, m.starts_at, m.place, m.accessible, m.accessibility_details, m.is_public,
                m.convened_at, m.opened_at, m.closed_at, m.cancelled_at, m.cancel_reason,
                m.members_in_office, m.quorum_required, m.revision,
                greatest(m.convened_at, m.opened_at, m.closed_at, m.cancelled_at, m.created_at) AS modified_at
           FROM meeting m
           JOIN council c ON c.id = m.council_id
          WHERE m.status <> 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE VIEW open_data_agenda_item AS
         SELECT i.id AS agenda_item_id, i.meeting_id, m.council_id, m.council_slug,
                m.starts_at AS meeting_starts_at, i.position, i.kind, i.title,
                i.description_markdown, i.proposal_id, i.minutes_id,
                greatest(i.created_at, m.modified_at) AS modified_at
           FROM agenda_item i
           JOIN open_data_meeting m ON m.meeting_id = i.meeting_id`,
    );
    await queryRunner.query(
      `CREATE VIEW open_data_ballot AS
         SELECT b.id AS ballot_id, b.meeting_id, b.agenda_item_id, i.council_id, i.council_slug,
                m.council_name, i.meeting_starts_at, i.position AS agenda_position, i.kind AS agenda_kind,
                i.title AS agenda_title, i.proposal_id, b.secret, b.opened_at, b.closed_at,
                m.members_in_office, b.present_count, b.quorum_required, b.quorum_held,
                b.for_count, b.against_count, b.abstain_count, b.adopted,
                b.closed_at AS modified_at
           FROM ballot b
           JOIN open_data_agenda_item i ON i.agenda_item_id = b.agenda_item_id
           JOIN open_data_meeting m ON m.meeting_id = b.meeting_id
          WHERE b.status = 'CLOSED'`,
    );
    // Roll calls of public ballots only: a secret ballot has no choice per voter to show.
    await queryRunner.query(
      `CREATE VIEW open_data_vote AS
         SELECT v.ballot_id, b.meeting_id, b.council_id, b.council_slug, b.closed_at,
                v.voter_id, a.display_name AS voter_name, v.choice,
                v.cast_by <> v.voter_id AS by_proxy,
                b.closed_at AS modified_at
           FROM ballot_vote v
           JOIN open_data_ballot b ON b.ballot_id = v.ballot_id AND NOT b.secret
           JOIN account_public_name a ON a.account_id = v.voter_id`,
    );
    // Minutes: the published versions only, each with the SHA-256 of its document.
    await queryRunner.query(
      `CREATE VIEW open_data_minutes AS
         SELECT n.id AS minutes_id, n.meeting_id, n.council_id, c.slug AS council_slug,
                m.starts_at AS meeting_starts_at, n.version, n.previous_version_id, n.adopted_at,
                n.published_at, n.content_hash, n.document,
                n.published_at AS modified_at
           FROM minutes n
           JOIN council c ON c.id = n.council_id
           JOIN meeting m ON m.id = n.meeting_id
          WHERE n.status = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'open_data_minutes',
      'open_data_vote',
      'open_data_ballot',
      'open_data_agenda_item',
      'open_data_meeting',
      'open_data_proposal',
      'open_data_member',
      'open_data_council',
    ])
      await queryRunner.query(`DROP VIEW ${view}`);
    await queryRunner.query(`DROP TRIGGER meeting_revision ON meeting`);
    await queryRunner.query(`DROP FUNCTION meeting_bump_revision()`);
    await queryRunner.query(`ALTER TABLE meeting DROP COLUMN revision`);
  }
}
