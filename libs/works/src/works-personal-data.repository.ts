import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** What the works lib holds about one person, as the export gives it. */
export interface WorksPersonalDataRows {
  reports: Record<string, unknown>[];
  follows: Record<string, unknown>[];
  /** As an agent of the town hall: the projects posted, the detours written, the answers given. */
  posted: Record<string, unknown>[];
  detours: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  /** Requests for an association's assessment this person was told of, and those they wrote. */
  assessmentRequests: Record<string, unknown>[];
  assessments: Record<string, unknown>[];
}

/** The SQL of the works lib's personal-data section (export and erasure of one account). */
@Injectable()
export class WorksPersonalDataRepository {
  async export(em: EntityManager, accountId: string): Promise<WorksPersonalDataRows> {
    // One after the other: they share the transaction's connection. Hidden reports too, with the
    // moment they were hidden: moderation hides them from the public, not from their author.
    const reports = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, works_id AS "worksId", problem, place, description, created_at AS "createdAt",
              hidden_at AS "hiddenAt"
         FROM works_report WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const follows = await queryRows<Record<string, unknown>>(
      em,
      `SELECT works_id AS "worksId", created_at AS "since" FROM works_follower WHERE account_id = $1`,
      [accountId],
    );
    const posted = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, title, created_at AS "createdAt" FROM works WHERE created_by = $1 ORDER BY created_at`,
      [accountId],
    );
    const detours = await queryRows<Record<string, unknown>>(
      em,
      `SELECT works_id AS "worksId", version, created_at AS "createdAt"
         FROM works_detour WHERE created_by = $1 ORDER BY created_at`,
      [accountId],
    );
    const answers = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id AS "reportId", answer, answered_at AS "answeredAt"
         FROM works_report WHERE answered_by = $1 ORDER BY answered_at`,
      [accountId],
    );
    const assessmentRequests = await queryRows<Record<string, unknown>>(
      em,
      `SELECT works_id AS "worksId", association_id AS "associationId"
         FROM works_assessment_invitee WHERE account_id = $1`,
      [accountId],
    );
    const assessments = await queryRows<Record<string, unknown>>(
      em,
      `SELECT id, works_id AS "worksId", association_id AS "associationId", opinion, comment,
              created_at AS "createdAt"
         FROM works_assessment WHERE author_id = $1 ORDER BY created_at`,
      [accountId],
    );
    return { reports, follows, posted, detours, answers, assessmentRequests, assessments };
  }

  /**
   * Reports stay public without their author (answered in public, they explain the detour's
   * changes); follows go. What an agent did for the town hall stays, as the audit log does.
   */
  async erase(em: EntityManager, accountId: string): Promise<void> {
    await queryRows(em, `UPDATE works_report SET author_id = NULL WHERE author_id = $1`, [
      accountId,
    ]);
    await queryRows(em, `DELETE FROM works_follower WHERE account_id = $1`, [accountId]);
    // An assessment is the association's: it stays, without the member who wrote it.
    await queryRows(em, `UPDATE works_assessment SET author_id = NULL WHERE author_id = $1`, [
      accountId,
    ]);
    await queryRows(em, `DELETE FROM works_assessment_invitee WHERE account_id = $1`, [accountId]);
  }
}
