import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { ProposalStatus } from '../proposal.entity';

/** A proposal's row as a support locks it, with its council's neighbourhood. */
export interface LockedForSupportRow {
  status: ProposalStatus;
  council_id: string;
  hidden: boolean;
  author_id: string;
  /** The support window has closed (both instants compared in SQL, to the microsecond). */
  window_closed: boolean;
  /** councils' `council_directory`: whose residents may support it. */
  neighbourhood: string;
}

/** The proposal's count after a new support, and its charter's threshold. */
export interface CountedSupport {
  support_count: number;
  support_threshold: number | null;
}

/**
 * Supports: one per resident per proposal by the primary key of proposal_support, never a
 * read-then-write (SPEC §3). The proposal's `support_count` moves in the same statement as the
 * support row, on the proposal's row the caller has locked: the count stays exact, in one round
 * trip instead of two.
 */
@Injectable()
export class SupportRepository {
  /**
   * Locks the proposal's row for the caller's transaction (never anything wider), reading where
   * it stands and its council's neighbourhood in the same statement.
   */
  async lock(em: EntityManager, proposalId: string): Promise<LockedForSupportRow | undefined> {
    const [row] = await queryRows<LockedForSupportRow>(
      em,
      `SELECT p.status, p.council_id, p.hidden_at IS NOT NULL AS hidden, p.author_id,
              coalesce(p.expires_at <= clock_now(), false) AS window_closed, c.neighbourhood
         FROM proposal p JOIN council_directory c ON c.council_id = p.council_id
        WHERE p.id = $1 FOR UPDATE OF p`,
      [proposalId],
      { prepare: true },
    );
    return row;
  }

  /**
   * Adds the support and counts it; null when the resident already supported the proposal
   * (the primary key refused the row, nothing counted). The proposal's row must be locked.
   */
  async add(
    em: EntityManager,
    proposalId: string,
    accountId: string,
  ): Promise<CountedSupport | null> {
    const [counted] = await queryRows<CountedSupport>(
      em,
      `WITH added AS (
         INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING proposal_id
       )
       UPDATE proposal p SET support_count = p.support_count + 1, last_activity_at = clock_now()
         FROM added WHERE p.id = added.proposal_id
       RETURNING p.support_count, p.support_threshold`,
      [proposalId, accountId],
      { prepare: true },
    );
    return counted ?? null;
  }

  /** Removes the support and uncounts it; whether there was one. The row must be locked. */
  async remove(em: EntityManager, proposalId: string, accountId: string): Promise<boolean> {
    const uncounted = await queryRows(
      em,
      `WITH removed AS (
         DELETE FROM proposal_support WHERE proposal_id = $1 AND account_id = $2 RETURNING proposal_id
       )
       UPDATE proposal p SET support_count = p.support_count - 1
         FROM removed WHERE p.id = removed.proposal_id
       RETURNING 1`,
      [proposalId, accountId],
      { prepare: true },
    );
    return uncounted.length > 0;
  }
}
