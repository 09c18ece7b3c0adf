import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { AssessmentOpinion } from './works.entity';

export interface AssessmentRow {
  id: string;
  worksId: string;
  associationId: string;
  detourVersion: number;
  opinion: AssessmentOpinion;
  comment: string;
  createdAt: Date;
}

export interface RequestRow {
  worksId: string;
  associationId: string;
  requestedAt: Date;
  assessed: boolean;
}

export interface NewAssessment {
  worksId: string;
  associationId: string;
  authorId: string;
  detourVersion: number;
  opinion: AssessmentOpinion;
  comment: string;
}

/** The SQL of the assessments: who was asked (and whom it notified), and what they said. */
@Injectable()
export class AssessmentRepository {
  /**
   * Asks each association not asked yet, and keeps the accounts acting for it then (whom the
   * request notifies). Idempotent: returns the associations newly asked (none on a repeat).
   */
  async request(
    em: EntityManager,
    worksId: string,
    partners: { id: string; memberAccountIds: string[] }[],
  ): Promise<string[]> {
    const asked = await queryRows<{ associationId: string }>(
      em,
      `INSERT INTO works_assessment_request (works_id, association_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT DO NOTHING RETURNING association_id AS "associationId"`,
      [worksId, partners.map((p) => p.id)],
    );
    const fresh = new Set(asked.map((a) => a.associationId));
    const pairs = partners
      .filter((p) => fresh.has(p.id))
      .flatMap((p) => p.memberAccountIds.map((a) => [p.id, a]));
    await queryRows(
      em,
      `INSERT INTO works_assessment_invitee (works_id, association_id, account_id)
       SELECT $1, x.association_id, x.account_id
         FROM unnest($2::uuid[], $3::uuid[]) AS x(association_id, account_id)
       ON CONFLICT DO NOTHING`,
      [worksId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return [...fresh];
  }

  async requested(em: EntityManager, worksId: string, associationId: string): Promise<boolean> {
    const rows = await queryRows(
      em,
      `SELECT 1 FROM works_assessment_request WHERE works_id = $1 AND association_id = $2`,
      [worksId, associationId],
    );
    return rows.length > 0;
  }

  /** The associations asked for these works, and whether each has answered. */
  async requestsOf(em: EntityManager, worksIds: readonly string[]): Promise<RequestRow[]> {
    return queryRows<RequestRow>(
      em,
      `SELECT r.works_id AS "worksId", r.association_id AS "associationId", r.requested_at AS "requestedAt",
              EXISTS (SELECT 1 FROM works_assessment a
                       WHERE a.works_id = r.works_id AND a.association_id = r.association_id) AS assessed
         FROM works_assessment_request r WHERE r.works_id = ANY($1::uuid[])
        ORDER BY r.works_id, r.requested_at, r.association_id`,
      [worksIds],
    );
  }

  /** Null when the association has already given its assessment (one each). */
  async insert(em: EntityManager, a: NewAssessment): Promise<string | null> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO works_assessment (works_id, association_id, author_id, detour_version, opinion, comment)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (works_id, association_id) DO NOTHING RETURNING id`,
      [a.worksId, a.associationId, a.authorId, a.detourVersion, a.opinion, a.comment],
    );
    return row?.id ?? null;
  }

  async assessmentsOf(em: EntityManager, worksIds: readonly string[]): Promise<AssessmentRow[]> {
    return queryRows<AssessmentRow>(
      em,
      `SELECT id, works_id AS "worksId", association_id AS "associationId", detour_version AS "detourVersion",
              opinion, comment, created_at AS "createdAt"
         FROM works_assessment WHERE works_id = ANY($1::uuid[]) ORDER BY works_id, created_at, id`,
      [worksIds],
    );
  }
}
