import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** What the proposals lib holds about one person, as the export gives it. */
export interface ProposalsPersonalDataRows {
  proposals: Record<string, unknown>[];
  supports: Record<string, unknown>[];
  comments: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  follows: Record<string, unknown>[];
}

/** The SQL of the proposals lib's personal-data section (export and erasure of one account). */
@Injectable()
export class ProposalsPersonalDataRepository {
  async export(em: EntityManager, accountId: string): Promise<ProposalsPersonalDataRows> {
    // One after the other: they share the transaction's connection.
    const proposals = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, title, body_markdown AS "body", category, address, latitude, longitude, status,
              created_at AS "createdAt"
         FROM proposal WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const supports = await queryRows<Record<string, unknown>>(
      em,
      `SELECT proposal_id AS "proposalId", created_at AS "since" FROM proposal_support WHERE account_id = $1`,
      [accountId],
    );
    const comments = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, proposal_id AS "proposalId", body_markdown AS "body", created_at AS "createdAt"
         FROM comment WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const reports = await queryRows<Record<string, unknown>>(
      em,
      `SELECT target_type AS "targetType", target_id AS "targetId", reason, created_at AS "createdAt"
         FROM content_report WHERE reporter_id = $1`,
      [accountId],
    );
    const follows = await queryRows<Record<string, unknown>>(
      em,
      `SELECT proposal_id AS "proposalId", created_at AS "since" FROM proposal_follower WHERE account_id = $1`,
      [accountId],
    );
    return { proposals, supports, comments, reports, follows };
  }

  /**
   * Supports keep counting without a link to the person (a random account id); drafts, reports
   * (not public; moderation already acted on them) and follows go.
   */
  async erase(em: EntityManager, accountId: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE proposal_support SET account_id = gen_random_uuid() WHERE account_id = $1`,
      [accountId],
    );
    await queryRows(em, `DELETE FROM proposal WHERE author_id = $1 AND status = 'DRAFT'`, [
      accountId,
    ]);
    await queryRows(em, `DELETE FROM content_report WHERE reporter_id = $1`, [accountId]);
    await queryRows(em, `DELETE FROM proposal_follower WHERE account_id = $1`, [accountId]);
  }
}
