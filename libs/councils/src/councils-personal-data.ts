import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * What councils hold about a person: follows, seats, volunteering, charter changes. Seats and
 * charter versions are a public record and
 * stay (under the anonymous name); follows go; a volunteering not frozen in a draw's pool goes.
 */
@Injectable()
@HoldsPersonalData('councils', [
  'council_follower',
  'council_membership',
  'sortition_volunteer',
  'council_charter',
])
export class CouncilsPersonalData implements PersonalDataSection {
  async export(em: EntityManager, accountId: string) {
    // One after the other: they share the transaction's connection.
    const follows = await em.query(
      `SELECT c.slug, f.created_at AS "since" FROM council_follower f JOIN council c ON c.id = f.council_id
          WHERE f.account_id = $1`,
      [accountId],
    );
    const memberships = await em.query(
      `SELECT c.slug, m.college, m.role, m.political_group AS "politicalGroup", m.term_start AS "termStart",
                m.term_end AS "termEnd", m.ended_at AS "endedAt"
           FROM council_membership m JOIN council c ON c.id = m.council_id WHERE m.account_id = $1`,
      [accountId],
    );
    const volunteering = await em.query(
      `SELECT c.slug, v.gender, v.created_at AS "since" FROM sortition_volunteer v JOIN council c ON c.id = v.council_id
          WHERE v.account_id = $1`,
      [accountId],
    );
    // A charter version is a public record of who changed it: exported, kept.
    const charterChanges = await em.query(
      `SELECT c.slug, h.version, h.created_at AS "at" FROM council_charter h JOIN council c ON c.id = h.council_id
          WHERE h.changed_by = $1 ORDER BY h.created_at`,
      [accountId],
    );
    return { follows, memberships, volunteering, charterChanges };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM council_follower WHERE account_id = $1`, [accountId]);
    await em.query(
      `UPDATE council_membership SET ended_at = clock_now(), end_reason = 'account deleted'
        WHERE account_id = $1 AND ended_at IS NULL`,
      [accountId],
    );
    await em.query(
      `DELETE FROM sortition_volunteer v WHERE v.account_id = $1
          AND NOT EXISTS (SELECT 1 FROM sortition s WHERE s.pool @> jsonb_build_array(jsonb_build_object('id', v.id::text)))`,
      [accountId],
    );
  }
}
