import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15 §3–4, the tables' owners' side:
 * - meetings: every published minutes version keeps the audit chain's head (link id and hash) at
 *   its publication, the anchor `verifyAuditChain` checks; views `audit_anchor_minutes`,
 *   `accountability_minutes` and `accountability_agenda_placement` (libs/meetings/src/read-views.ts);
 * - proposals: view `accountability_proposal` (libs/proposals/src/read-views.ts).
 * A hidden proposal still counts in what the town hall owes (hiding it must not hide a late
 * answer), without its title.
 */
export class AccountabilityViews1796450000001 implements MigrationInterface {
  name = 'AccountabilityViews1796450000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes" ADD "audit_anchor_id" bigint`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD "audit_anchor_hash" character(64)`);
    // meetings
    await queryRunner.query(
      `CREATE VIEW audit_anchor_minutes AS
         SELECT id AS minutes_id, council_id, published_at, audit_anchor_id, audit_anchor_hash
           FROM minutes WHERE status = 'PUBLISHED' AND audit_anchor_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE VIEW accountability_minutes AS
         SELECT mi.id AS minutes_id, mi.meeting_id, mi.council_id, mi.version, m.starts_at AS meeting_starts_at,
                mi.adopted_at, mi.publication_due, mi.published_at
           FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id
          WHERE mi.status IN ('ADOPTED', 'PUBLISHED') AND mi.adopted_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE VIEW accountability_agenda_placement AS
         SELECT proposal_id, min(created_at) AS placed_at FROM agenda_item
          WHERE proposal_id IS NOT NULL GROUP BY proposal_id`,
    );
    // proposals
    await queryRunner.query(
      `CREATE VIEW accountability_proposal AS
         SELECT id AS proposal_id, council_id, CASE WHEN status = 'HIDDEN' THEN NULL ELSE title END AS title,
                status, qualified_at, decided_at, answer_deadline, answered_at
           FROM proposal WHERE qualified_at IS NOT NULL OR answer_deadline IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'accountability_proposal',
      'accountability_agenda_placement',
      'accountability_minutes',
      'audit_anchor_minutes',
    ])
      await queryRunner.query(`DROP VIEW ${view}`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "audit_anchor_hash"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "audit_anchor_id"`);
  }
}
