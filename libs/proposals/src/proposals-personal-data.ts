import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * Proposals and comments are public contributions and stay (under the anonymous name); drafts
 * and reports go. Supports keep counting
 * without a link to the person: their account id is replaced by a random one.
 */
@Injectable()
@HoldsPersonalData('proposals', [
  'proposal',
  'proposal_support',
  'comment',
  'content_report',
  'proposal_follower',
])
export class ProposalsPersonalData implements PersonalDataSection {
  async export(em: EntityManager, accountId: string) {
    // One after the other: they share the transaction's connection.
    const proposals = await em.query(
      `SELECT id, title, body_markdown AS "body", category, address, latitude, longitude, status,
                created_at AS "createdAt"
           FROM proposal WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const supports = await em.query(
      `SELECT proposal_id AS "proposalId", created_at AS "since" FROM proposal_support WHERE account_id = $1`,
      [accountId],
    );
    const comments = await em.query(
      `SELECT id, proposal_id AS "proposalId", body_markdown AS "body", created_at AS "createdAt"
           FROM comment WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const reports = await em.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", reason, created_at AS "createdAt"
           FROM content_report WHERE reporter_id = $1`,
      [accountId],
    );
    const follows = await em.query(
      `SELECT proposal_id AS "proposalId", created_at AS "since" FROM proposal_follower WHERE account_id = $1`,
      [accountId],
    );
    return { proposals, supports, comments, reports, follows };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `UPDATE proposal_support SET account_id = gen_random_uuid() WHERE account_id = $1`,
      [accountId],
    );
    await em.query(`DELETE FROM proposal WHERE author_id = $1 AND status = 'DRAFT'`, [accountId]);
    // Reports are not public: they go (moderation already acted on them).
    await em.query(`DELETE FROM content_report WHERE reporter_id = $1`, [accountId]);
    await em.query(`DELETE FROM proposal_follower WHERE account_id = $1`, [accountId]);
  }
}
