import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { CouncilFollower } from './council-follower.entity';

/** A follow, as a person's exported data shows it. */
export interface FollowRow {
  slug: string;
  since: Date;
}

/** Who follows which council. */
@Injectable()
export class FollowerRepository {
  /** Following twice is following. */
  async follow(em: EntityManager, councilId: string, accountId: string): Promise<void> {
    await em.query(
      `INSERT INTO council_follower (council_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [councilId, accountId],
    );
  }

  async unfollow(em: EntityManager, councilId: string, accountId: string): Promise<void> {
    await em.delete(CouncilFollower, { councilId, accountId });
  }

  count(em: EntityManager, councilId: string): Promise<number> {
    return em.countBy(CouncilFollower, { councilId });
  }

  /** The followers of each council, for a page of councils; a council with none is left out. */
  async counts(em: EntityManager, councilIds: string[]): Promise<Map<string, number>> {
    const rows = await queryRows<{ council_id: string; n: number }>(
      em,
      `SELECT council_id, count(*)::int AS n FROM council_follower WHERE council_id = ANY($1) GROUP BY council_id`,
      [councilIds],
    );
    return new Map(rows.map((row) => [row.council_id, row.n]));
  }

  /** Which of these councils the account follows. */
  async followedAmong(
    em: EntityManager,
    accountId: string,
    councilIds: readonly string[],
  ): Promise<Set<string>> {
    const rows = await queryRows<{ council_id: string }>(
      em,
      `SELECT council_id FROM council_follower WHERE account_id = $1 AND council_id = ANY($2)`,
      [accountId, councilIds],
    );
    return new Set(rows.map((row) => row.council_id));
  }

  followsOf(em: EntityManager, accountId: string): Promise<FollowRow[]> {
    return queryRows<FollowRow>(
      em,
      `SELECT c.slug, f.created_at AS "since" FROM council_follower f JOIN council c ON c.id = f.council_id
        WHERE f.account_id = $1`,
      [accountId],
    );
  }

  async forgetAllOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM council_follower WHERE account_id = $1`, [accountId]);
  }
}
