import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { audiences } from '@quorum/notifications';
import { EntityManager } from 'typeorm';

export interface ReportFactsRow {
  placeId: string;
  placeName: string;
  body: string;
  answer: string | null;
}

/** What the places' notifications read: who hears of a report, and what it says. */
@Injectable()
export class PlaceNoticesRepository {
  agents(): { sql: string; params: unknown[] } {
    return { sql: audiences.agents(), params: [] };
  }

  /** The report's author, while their account is linked to it. */
  author(reportId: string): { sql: string; params: unknown[] } {
    return {
      sql: `SELECT author_id AS account_id, 'AUTHOR' AS relation FROM place_report
             WHERE id = $1 AND author_id IS NOT NULL`,
      params: [reportId],
    };
  }

  /** A hidden report is gone for its notices: one hidden before its fan-out is never sent. */
  async report(em: EntityManager, reportId: string): Promise<ReportFactsRow | null> {
    const [row] = await queryRows<ReportFactsRow>(
      em,
      `SELECT r.place_id AS "placeId", p.name AS "placeName", r.body, r.answer
         FROM place_report r JOIN place p ON p.id = r.place_id
        WHERE r.id = $1 AND r.hidden_at IS NULL`,
      [reportId],
    );
    return row ?? null;
  }
}
