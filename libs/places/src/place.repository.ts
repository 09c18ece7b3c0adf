import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { AccessStatus, PlaceKind } from './place.entity';

/** A place as the register shows it, with its council's name (councils' `council_directory`). */
export interface PlaceRow {
  id: string;
  name: string;
  kind: PlaceKind;
  address: string;
  councilId: string | null;
  councilName: string | null;
  entrance: AccessStatus;
  toilets: AccessStatus;
  hearingLoop: AccessStatus;
  parking: AccessStatus;
  overall: AccessStatus;
  evidence: string | null;
  checkedOn: string | null;
  plannedWorks: string | null;
  plannedWorksOn: string | null;
  openReports: number;
  /** The town's day it entered the register. */
  since: string;
  updatedAt: Date;
}

export interface PlaceFields {
  name: string;
  kind: PlaceKind;
  address: string;
  councilId: string | null;
  entrance: AccessStatus;
  toilets: AccessStatus;
  hearingLoop: AccessStatus;
  parking: AccessStatus;
  overall: AccessStatus;
  evidence: string | null;
  checkedOn: string | null;
  plannedWorks: string | null;
  plannedWorksOn: string | null;
}

export interface CheckRow {
  id: string;
  placeId: string;
  checkedOn: string;
  entrance: AccessStatus;
  toilets: AccessStatus;
  hearingLoop: AccessStatus;
  parking: AccessStatus;
  overall: AccessStatus;
  evidence: string | null;
}

export interface ReportRow {
  id: string;
  placeId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  hiddenAt: Date | null;
}

const PLACE_COLUMNS = `p.id, p.name, p.kind, p.address, p.council_id AS "councilId", c.name AS "councilName",
  p.entrance, p.toilets, p.hearing_loop AS "hearingLoop", p.parking, p.overall, p.evidence,
  to_char(p.checked_on, 'YYYY-MM-DD') AS "checkedOn", p.planned_works AS "plannedWorks",
  to_char(p.planned_works_on, 'YYYY-MM-DD') AS "plannedWorksOn",
  (SELECT count(*)::int FROM place_report r
    WHERE r.place_id = p.id AND r.answered_at IS NULL AND r.hidden_at IS NULL) AS "openReports",
  to_char(p.created_at, 'YYYY-MM-DD') AS since, p.updated_at AS "updatedAt"`;

const CHECK_COLUMNS = `id, place_id AS "placeId", to_char(checked_on, 'YYYY-MM-DD') AS "checkedOn", entrance, toilets,
  hearing_loop AS "hearingLoop", parking, overall, evidence`;

const REPORT_COLUMNS = `id, place_id AS "placeId", author_id AS "authorId", body, created_at AS "createdAt", answer,
  answered_at AS "answeredAt", hidden_at AS "hiddenAt"`;

/** The register's SQL: places, their checks (append-only) and residents' reports. */
@Injectable()
export class PlaceRepository {
  async list(em: EntityManager, filter: { councilId: string | null }): Promise<PlaceRow[]> {
    return queryRows<PlaceRow>(
      em,
      `SELECT ${PLACE_COLUMNS}
         FROM place p LEFT JOIN council_directory c ON c.council_id = p.council_id
        WHERE ($1::uuid IS NULL OR p.council_id = $1)
        ORDER BY p.name, p.id`,
      [filter.councilId],
    );
  }

  async get(em: EntityManager, id: string, lock = false): Promise<PlaceRow | undefined> {
    const [row] = await queryRows<PlaceRow>(
      em,
      `SELECT ${PLACE_COLUMNS}
         FROM place p LEFT JOIN council_directory c ON c.council_id = p.council_id
        WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    return row;
  }

  /** Several places at once (the places of a page of meetings), in no particular order. */
  async getMany(em: EntityManager, ids: readonly string[]): Promise<PlaceRow[]> {
    return queryRows<PlaceRow>(
      em,
      `SELECT ${PLACE_COLUMNS}
         FROM place p LEFT JOIN council_directory c ON c.council_id = p.council_id
        WHERE p.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  async insert(em: EntityManager, place: PlaceFields): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO place (name, kind, address, council_id, entrance, toilets, hearing_loop, parking, overall,
                          evidence, checked_on, planned_works, planned_works_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, clock_now(), clock_now()) RETURNING id`,
      [...fieldValues(place)],
    );
    return row.id;
  }

  async update(em: EntityManager, id: string, place: PlaceFields): Promise<void> {
    await queryRows(
      em,
      `UPDATE place SET name = $2, kind = $3, address = $4, council_id = $5, entrance = $6, toilets = $7,
              hearing_loop = $8, parking = $9, overall = $10, evidence = $11, checked_on = $12,
              planned_works = $13, planned_works_on = $14, updated_at = clock_now()
        WHERE id = $1`,
      [id, ...fieldValues(place)],
    );
  }

  async insertCheck(
    em: EntityManager,
    placeId: string,
    check: Omit<CheckRow, 'id' | 'placeId'>,
    recordedBy: string,
  ): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO place_check (place_id, checked_on, entrance, toilets, hearing_loop, parking, overall, evidence,
                                recorded_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_now())`,
      [
        placeId,
        check.checkedOn,
        check.entrance,
        check.toilets,
        check.hearingLoop,
        check.parking,
        check.overall,
        check.evidence,
        recordedBy,
      ],
    );
  }

  /** Checks of the given places (all when null), in the order they were recorded. */
  async checks(em: EntityManager, placeIds: string[] | null): Promise<CheckRow[]> {
    return queryRows<CheckRow>(
      em,
      `SELECT ${CHECK_COLUMNS} FROM place_check
        WHERE ($1::uuid[] IS NULL OR place_id = ANY($1))
        ORDER BY created_at, id`,
      [placeIds],
    );
  }

  async reports(em: EntityManager, placeId: string): Promise<ReportRow[]> {
    return queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM place_report WHERE place_id = $1 AND hidden_at IS NULL
        ORDER BY created_at DESC, id`,
      [placeId],
    );
  }

  async insertReport(
    em: EntityManager,
    report: { placeId: string; authorId: string; body: string },
  ): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO place_report (place_id, author_id, body, created_at) VALUES ($1, $2, $3, clock_now()) RETURNING id`,
      [report.placeId, report.authorId, report.body],
    );
    return row.id;
  }

  async lockReport(em: EntityManager, id: string): Promise<ReportRow | undefined> {
    const [row] = await queryRows<ReportRow>(
      em,
      `SELECT ${REPORT_COLUMNS} FROM place_report WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async answerReport(
    em: EntityManager,
    id: string,
    answer: { text: string; by: string },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE place_report SET answer = $2, answered_by = $3, answered_at = clock_now() WHERE id = $1`,
      [id, answer.text, answer.by],
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
      `UPDATE place_report SET hidden_at = clock_now(), hidden_reason = $2, hidden_by = $3 WHERE id = $1`,
      [id, hidden.reason, hidden.by],
    );
  }

  /** The report's place and author, for the notification of its answer. */
  async reportFacts(
    em: EntityManager,
    id: string,
  ): Promise<{ placeId: string; placeName: string; authorId: string | null } | undefined> {
    const [row] = await queryRows<{ placeId: string; placeName: string; authorId: string | null }>(
      em,
      `SELECT r.place_id AS "placeId", p.name AS "placeName", r.author_id AS "authorId"
         FROM place_report r JOIN place p ON p.id = r.place_id WHERE r.id = $1`,
      [id],
    );
    return row;
  }
}

function fieldValues(place: PlaceFields): unknown[] {
  return [
    place.name,
    place.kind,
    place.address,
    place.councilId,
    place.entrance,
    place.toilets,
    place.hearingLoop,
    place.parking,
    place.overall,
    place.evidence,
    place.checkedOn,
    place.plannedWorks,
    place.plannedWorksOn,
  ];
}
