import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** Who follows a proposal; following twice, or stopping twice, changes nothing. */
@Injectable()
export class FollowerRepository {
  async follow(em: EntityManager, proposalId: string, accountId: string): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO proposal_follower (proposal_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [proposalId, accountId],
    );
  }

  async unfollow(em: EntityManager, proposalId: string, accountId: string): Promise<void> {
    await queryRows(
      em,
      `DELETE FROM proposal_follower WHERE proposal_id = $1 AND account_id = $2`,
      [proposalId, accountId],
    );
  }

  async count(em: EntityManager, proposalId: string): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM proposal_follower WHERE proposal_id = $1`,
      [proposalId],
    );
    return n;
  }
}
