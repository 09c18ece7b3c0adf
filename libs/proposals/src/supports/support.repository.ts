import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/**
 * Supports: one per resident per proposal by the primary key of proposal_support, never a
 * read-then-write (SPEC §3). The proposal's count is kept by ProposalRepository on its own row.
 */
@Injectable()
export class SupportRepository {
  /** Whether this support is new (false: the resident already supported the proposal). */
  async add(em: EntityManager, proposalId: string, accountId: string): Promise<boolean> {
    const inserted = await queryRows(
      em,
      `INSERT INTO proposal_support (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [proposalId, accountId],
    );
    return inserted.length > 0;
  }

  /** Whether there was a support to remove. */
  async remove(em: EntityManager, proposalId: string, accountId: string): Promise<boolean> {
    const deleted = await queryRows(
      em,
      `DELETE FROM proposal_support WHERE proposal_id = $1 AND account_id = $2 RETURNING 1`,
      [proposalId, accountId],
    );
    return deleted.length > 0;
  }
}
