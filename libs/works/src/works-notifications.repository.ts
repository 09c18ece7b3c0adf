import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { audiences } from '@quorum/notifications';
import { EntityManager } from 'typeorm';

/** The followers of the councils whose perimeter the works (`$1`) are in (councils' `council_audience`). */
const COUNCIL_FOLLOWERS = `SELECT account_id, relation FROM council_audience
  WHERE relation = 'FOLLOWER' AND council_id IN (SELECT council_id FROM works_council WHERE works_id = $1)`;

/**
 * Who hears of works: each selects `account_id, relation`, with `$1` the works' id (or the
 * report's, for `reportAuthor`).
 */
export const WORKS_AUDIENCES = {
  councilFollowers: COUNCIL_FOLLOWERS,
  followersAndCouncils: `SELECT account_id, 'FOLLOWER' AS relation FROM works_follower WHERE works_id = $1
    UNION ALL ${COUNCIL_FOLLOWERS}`,
  reportAuthor: `SELECT author_id AS account_id, 'AUTHOR' AS relation FROM works_report
    WHERE id = $1 AND author_id IS NOT NULL`,
  /**
   * A report (`$1`): the town hall's agents; when the detour is not accessible, also the accounts
   * of the partner associations asked for their assessment (they know the people it fails).
   */
  reportReaders: `${audiences.agents()}
    UNION ALL SELECT i.account_id, 'PARTNER' AS relation
      FROM works_report r JOIN works_assessment_invitee i ON i.works_id = r.works_id
     WHERE r.id = $1 AND r.problem = 'NOT_ACCESSIBLE'`,
  /** `$2`: the associations asked this time (null: all those asked). */
  invitees: `SELECT account_id, 'PARTNER' AS relation FROM works_assessment_invitee
    WHERE works_id = $1 AND ($2::uuid[] IS NULL OR association_id = ANY($2::uuid[]))`,
};

export interface WorksFactsRow {
  id: string;
  title: string;
  address: string;
  /** YYYY-MM-DD */
  starts_on: string;
  ends_on: string;
  detour: string;
  accessible: boolean;
  reason: string | null;
  /** YYYY-MM-DD, the last day associations may give their assessment. */
  assessment_due_on: string | null;
}

export interface ReportFactsRow {
  works_id: string;
  title: string;
  place: string;
  problem: string;
  description: string;
}

/** What the notices about works say, read when they are delivered. */
@Injectable()
export class WorksNoticeRepository {
  /** With the detour `version` given (a change's), or the one in force. */
  async worksFacts(
    em: EntityManager,
    id: string,
    version: number | null = null,
  ): Promise<WorksFactsRow | undefined> {
    const [row] = await queryRows<WorksFactsRow>(
      em,
      `SELECT w.id, w.title, w.address, to_char(w.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(w.ends_on, 'YYYY-MM-DD') AS ends_on, d.description AS detour, d.accessible, d.reason,
              to_char(w.assessment_due_on, 'YYYY-MM-DD') AS assessment_due_on
         FROM works w JOIN works_detour d ON d.works_id = w.id AND d.version = COALESCE($2, w.detour_version)
        WHERE w.id = $1`,
      [id, version],
    );
    return row;
  }

  /** A hidden report is gone for its notices: one hidden before its fan-out is never sent. */
  async reportFacts(em: EntityManager, id: string): Promise<ReportFactsRow | undefined> {
    const [row] = await queryRows<ReportFactsRow>(
      em,
      `SELECT r.works_id, w.title, r.place, r.problem, r.description FROM works_report r JOIN works w ON w.id = r.works_id
        WHERE r.id = $1 AND r.hidden_at IS NULL`,
      [id],
    );
    return row;
  }
}
