import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { DetourProblem } from './works.entity';
import type { CalendarWorks } from './works-calendar';

/** A works project as read (dates as YYYY-MM-DD). */
export interface WorksRow {
  id: string;
  title: string;
  description: string;
  address: string;
  geometry: string | null;
  startsOn: string;
  endsOn: string;
  assessmentDueOn: string | null;
  detourVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DetourRow {
  id: string;
  worksId: string;
  version: number;
  description: string;
  accessible: boolean;
  reason: string | null;
  createdAt: Date;
}

export interface ReportRow {
  id: string;
  worksId: string;
  detourVersion: number;
  authorId: string | null;
  problem: DetourProblem;
  place: string;
  description: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  hiddenAt: Date | null;
}

export interface NewWorks {
  title: string;
  description: string;
  address: string;
  geometry: string | null;
  startsOn: string;
  endsOn: string;
  assessmentDueOn: string | null;
  createdBy: string;
}

export interface NewDetour {
  worksId: string;
  version: number;
  description: string;
  accessible: boolean;
  reason: string | null;
  createdBy: string;
}

export interface NewReport {
  worksId: string;
  detourVersion: number;
  authorId: string;
  problem: DetourProblem;
  place: string;
  description: string;
}

const WORKS_COLUMNS = `id, title, description, address, geometry,
  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn",
  to_char(assessment_due_on, 'YYYY-MM-DD') AS "assessmentDueOn", detour_version AS "detourVersion",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const DETOUR_COLUMNS = `id, works_id AS "worksId", version, description, accessible, reason,
  created_at AS "createdAt"`;

const REPORT_COLUMNS = `id, works_id AS "worksId", detour_version AS "detourVersion",
  author_id AS "authorId", problem, place, description, created_at AS "createdAt", answer,
  answered_at AS "answeredAt", hidden_at AS "hiddenAt"`;

/** The works lib's SQL: projects, their perimeter, detour versions, reports, followers. */
@Injectable()
export class WorksRepository {
  async insert(em: EntityManager, w: NewWorks): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO works (title, description, address, geometry, starts_on, ends_on, assessment_due_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        w.title,
        w.description,
        w.address,
        w.geometry,
        w.startsOn,
        w.endsOn,
        w.assessmentDueOn,
        w.createdBy,
      ],
    );
    return row.id;
  }

  async update(em: EntityManager, id: string, w: Omit<NewWorks, 'createdBy'>): Promise<void> {
    await queryRows(
      em,
      `UPDATE works SET title = $2, description = $3, address = $4, geometry = $5, starts_on = $6,
              ends_on = $7, assessment_due_on = $8, updated_at = now()
        WHERE id = $1`,
      [id, w.title, w.description, w.address, w.geometry, w.startsOn, w.endsOn, w.assessmentDueOn],
    );
  }

  /** The project, locked for a change (its detour version and dates decide what may happen). */
  async lock(em: EntityManager, id: string): Promise<WorksRow | undefined> {
    const [row] = await queryRows<WorksRow>(
      em,
      `SELECT ${WORKS_COLUMNS} FROM works WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async get(em: EntityManager, id: string): Promise<WorksRow | undefined> {
    const [row] = await queryRows<WorksRow>(
      em,
      `SELECT ${WORKS_COLUMNS} FROM works WHERE id = $1`,
      [id],
    );
    return row;
  }

  /**
   * Projects not finished on `today` (current and coming: `ends_on >= today`), soonest first,
   * or every project when `today` is null; optionally those in a council's perimeter.
   */
  async list(
    em: EntityManager,
    today: string | null,
    councilId: string | null,
    limit: number,
  ): Promise<WorksRow[]> {
    return queryRows<WorksRow>(
      em,
      `SELECT ${WORKS_COLUMNS} FROM works
        WHERE ($1::date IS NULL OR ends_on >= $1::date)
          AND ($2::uuid IS NULL OR id IN (SELECT works_id FROM works_council WHERE council_id = $2))
        ORDER BY starts_on, id LIMIT $3`,
      [today, councilId, limit],
    );
  }

  async setCouncils(em: EntityManager, worksId: string, councilIds: string[]): Promise<void> {
    await queryRows(em, `DELETE FROM works_council WHERE works_id = $1`, [worksId]);
    await queryRows(
      em,
      `INSERT INTO works_council (works_id, council_id) SELECT $1, unnest($2::uuid[])`,
      [worksId, councilIds],
    );
  }

  /** The councils of each project, for a page of projects (one query). */
  async councilsOf(
    em: EntityManager,
    worksIds: readonly string[],
  ): Promise<{ worksId: string; councilId: string }[]> {
    return queryRows(
      em,
      `SELECT works_id AS "worksId", council_id AS "councilId" FROM works_council
        WHERE works_id = ANY($1::uuid[]) ORDER BY council_id`,
      [worksIds],
    );
  }

  async insertDetour(em: EntityManager, d: NewDetour): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO works_detour (works_id, version, description, accessible, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [d.worksId, d.version, d.description, d.accessible, d.reason, d.createdBy],
    );
    await queryRows(em, `UPDATE works SET detour_version = $2, updated_at = now() WHERE id = $1`, [
      d.worksId,
      d.version,
    ]);
  }

  /** Every version of the detours of these projects, newest version first. */
  async detoursOf(em: EntityManager, worksIds: readonly string[]): Promise<DetourRow[]> {
    return queryRows<DetourRow>(
      em,
      `SELECT ${DETOUR_COLUMNS} FROM works_detour WHERE works_id = ANY($1::uuid[])
        ORDER BY works_id, version DESC`,
      [worksIds],
    );
  }

  async insertReport(em: EntityManager, r: NewReport): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO works_report (works_id, detour_version, author_id, problem, place, description)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.worksId, r.detourVersion, r.authorId, r.problem, r.place, r.description],
    );
    return row.id;
  }

  async lockReport(em: EntityManager, id: string): Promise<ReportRow | undefined> {
    const [row] = await queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM works_report WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async getReport(em: EntityManager, id: string): Promise<ReportRow | undefined> {
    const [row] = await queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM works_report WHERE id = $1`,
      [id],
    );
    return row;
  }

  async answerReport(em: EntityManager, id: string, answer: string, by: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE works_report SET answer = $2, answered_at = now(), answered_by = $3 WHERE id = $1`,
      [id, answer, by],
    );
  }

  /** Moderation: the report leaves every public read (kept, with who hid it and why). */
  async hideReport(
    em: EntityManager,
    id: string,
    hidden: { reason: string; by: string },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE works_report SET hidden_at = now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1`,
      [id, hidden.reason, hidden.by],
    );
  }

  /** A project's reports not hidden, oldest first (a page shows them in the order they came). */
  async reportsOf(em: EntityManager, worksIds: readonly string[]): Promise<ReportRow[]> {
    return queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM works_report WHERE works_id = ANY($1::uuid[]) AND hidden_at IS NULL
        ORDER BY works_id, created_at, id`,
      [worksIds],
    );
  }

  /** Reports waiting for the town hall's answer (not hidden), oldest first, across projects. */
  async unanswered(em: EntityManager, limit: number): Promise<ReportRow[]> {
    return queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM works_report WHERE answer IS NULL AND hidden_at IS NULL
        ORDER BY created_at, id LIMIT $1`,
      [limit],
    );
  }

  async follow(em: EntityManager, worksId: string, accountId: string): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO works_follower (works_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [worksId, accountId],
    );
  }

  async unfollow(em: EntityManager, worksId: string, accountId: string): Promise<void> {
    await queryRows(em, `DELETE FROM works_follower WHERE works_id = $1 AND account_id = $2`, [
      worksId,
      accountId,
    ]);
  }

  /** Which of these works the account follows. */
  async followed(
    em: EntityManager,
    worksIds: readonly string[],
    accountId: string,
  ): Promise<Set<string>> {
    const rows = await queryRows<{ worksId: string }>(
      em,
      `SELECT works_id AS "worksId" FROM works_follower WHERE works_id = ANY($1::uuid[]) AND account_id = $2`,
      [worksIds, accountId],
    );
    return new Set(rows.map((r) => r.worksId));
  }

  /** Every project with its detour in force, for the works calendar (soonest first). */
  async calendar(em: EntityManager): Promise<CalendarWorks[]> {
    return queryRows(
      em,
      `SELECT w.id, w.title, w.description, w.address, to_char(w.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(w.ends_on, 'YYYY-MM-DD') AS "endsOn", w.detour_version AS "detourVersion",
              w.created_at AS "createdAt", w.updated_at AS "updatedAt", d.description AS detour, d.accessible
         FROM works w JOIN works_detour d ON d.works_id = w.id AND d.version = w.detour_version
        ORDER BY w.starts_on, w.id`,
    );
  }
}
