import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** What the places lib holds about one person, as the export gives it. */
export interface PlacesPersonalDataRows {
  reports: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  checks: Record<string, unknown>[];
}

/** The SQL of the places lib's personal-data section. */
@Injectable()
export class PlacesPersonalDataRepository {
  async export(em: EntityManager, accountId: string): Promise<PlacesPersonalDataRows> {
    const reports = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, place_id AS "placeId", body, created_at AS "createdAt", answer, answered_at AS "answeredAt"
         FROM place_report WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const answers = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, place_id AS "placeId", answer, answered_at AS "answeredAt"
         FROM place_report WHERE answered_by = $1 ORDER BY answered_at`,
      [accountId],
    );
    const checks = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, place_id AS "placeId", to_char(checked_on, 'YYYY-MM-DD') AS "checkedOn", created_at AS "recordedAt"
         FROM place_check WHERE recorded_by = $1 ORDER BY created_at`,
      [accountId],
    );
    return { reports, answers, checks };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await queryRows(em, `UPDATE place_report SET author_id = NULL WHERE author_id = $1`, [
      accountId,
    ]);
  }
}
