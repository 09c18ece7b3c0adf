import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { ReportableType } from './content-report.entity';

export interface ModerationQueueRow {
  target_type: ReportableType;
  target_id: string;
  proposal_id: string;
  excerpt: string;
  open_reports: number;
  reasons: string[];
  hidden: boolean;
  last_reported_at: Date;
}

/** Reports of proposals and comments: one per person per item, by the unique index. */
@Injectable()
export class ContentReportRepository {
  /**
   * Holds the reported item's row until the transaction ends: reports of one item are counted one
   * after the other, so that reports arriving together cannot each count the others uncommitted
   * and all stay under the threshold.
   */
  async lockItem(em: EntityManager, targetType: ReportableType, targetId: string): Promise<void> {
    await queryRows(
      em,
      targetType === 'PROPOSAL'
        ? `SELECT 1 FROM proposal WHERE id = $1 FOR UPDATE`
        : `SELECT 1 FROM comment WHERE id = $1 FOR UPDATE`,
      [targetId],
    );
  }

  /** Whether the report is new (false: this person already reported the item). */
  async add(
    em: EntityManager,
    targetType: ReportableType,
    targetId: string,
    reporterId: string,
    reason: string,
  ): Promise<boolean> {
    const inserted = await queryRows(
      em,
      `INSERT INTO content_report (target_type, target_id, reporter_id, reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [targetType, targetId, reporterId, reason],
    );
    return inserted.length > 0;
  }

  /** Reports of the item no agent has reviewed yet. */
  async countOpen(
    em: EntityManager,
    targetType: ReportableType,
    targetId: string,
  ): Promise<number> {
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM content_report WHERE target_type = $1 AND target_id = $2 AND reviewed_at IS NULL`,
      [targetType, targetId],
    );
    return n;
  }

  async markReviewed(
    em: EntityManager,
    targetType: ReportableType,
    targetId: string,
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE content_report SET reviewed_at = clock_now() WHERE target_type = $1 AND target_id = $2 AND reviewed_at IS NULL`,
      [targetType, targetId],
    );
  }

  /** What has unreviewed reports, most reported first (at most 100 items). */
  async queue(em: EntityManager): Promise<ModerationQueueRow[]> {
    return queryRows<ModerationQueueRow>(
      em,
      `SELECT r.target_type, r.target_id,
              coalesce(p.id, c.proposal_id) AS proposal_id,
              coalesce(p.title, left(c.body_markdown, 140)) AS excerpt,
              count(*)::int AS open_reports,
              array_agg(r.reason ORDER BY r.created_at DESC) AS reasons,
              coalesce(p.hidden_at, c.hidden_at) IS NOT NULL AS hidden,
              max(r.created_at) AS last_reported_at
         FROM content_report r
         LEFT JOIN proposal p ON r.target_type = 'PROPOSAL' AND p.id = r.target_id
         LEFT JOIN comment c ON r.target_type = 'COMMENT' AND c.id = r.target_id
        WHERE r.reviewed_at IS NULL
        GROUP BY r.target_type, r.target_id, p.id, c.proposal_id, p.title, c.body_markdown, p.hidden_at, c.hidden_at
        ORDER BY open_reports DESC, last_reported_at DESC
        LIMIT 100`,
    );
  }
}
