import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import type { DeadlinesNear } from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import { MinutesStatus } from './minutes.entity';

/** A version of the minutes, as the use cases need it (locked while they change it). */
export interface MinutesRow {
  id: string;
  meetingId: string;
  councilId: string;
  version: number;
  status: MinutesStatus;
  recordMarkdown: string;
  summaryMarkdown: string;
}

const MINUTES_COLUMNS = `id, meeting_id AS "meetingId", council_id AS "councilId", version, status,
  record_markdown AS "recordMarkdown", summary_markdown AS "summaryMarkdown"`;

/**
 * The versions of a meeting's minutes. The database keeps published versions immutable (a
 * trigger) and one unpublished version per meeting (a unique index).
 */
@Injectable()
export class MinutesRepository {
  async lock(em: EntityManager, id: string): Promise<MinutesRow | undefined> {
    const [row] = await queryRows<MinutesRow>(
      em,
      `SELECT ${MINUTES_COLUMNS} FROM minutes WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** The meeting's latest version, locked. */
  async lockLatest(em: EntityManager, meetingId: string): Promise<MinutesRow | undefined> {
    const [row] = await queryRows<MinutesRow>(
      em,
      `SELECT ${MINUTES_COLUMNS} FROM minutes WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE`,
      [meetingId],
    );
    return row;
  }

  async latestId(em: EntityManager, meetingId: string): Promise<string | undefined> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM minutes WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1`,
      [meetingId],
    );
    return row?.id;
  }

  async meetingIdOf(em: EntityManager, id: string): Promise<string | undefined> {
    const [row] = await queryRows<{ meetingId: string }>(
      em,
      `SELECT meeting_id AS "meetingId" FROM minutes WHERE id = $1`,
      [id],
    );
    return row?.meetingId;
  }

  /** Today in the application's clock, as the database dates it (`YYYY-MM-DD`). */
  async today(em: EntityManager): Promise<string> {
    const [{ today }] = await queryRows<{ today: string }>(
      em,
      `SELECT to_char(clock_now()::date, 'YYYY-MM-DD') AS today`,
    );
    return today;
  }

  /** Adopted minutes due for publication within a week or late, for the deadline reminders. */
  async publicationsDueSoon(em: EntityManager): Promise<DeadlinesNear> {
    const today = await this.today(em);
    const deadlines = await queryRows<{ id: string; due: string }>(
      em,
      `SELECT id, to_char(publication_due, 'YYYY-MM-DD') AS due
         FROM minutes WHERE status = 'ADOPTED' AND publication_due <= $1::date + 7`,
      [today],
    );
    return { today, deadlines };
  }

  async createVersion(
    em: EntityManager,
    version: {
      meetingId: string;
      councilId: string;
      version: number;
      record: string;
      summary: string;
      previousVersionId: string | null;
      draftedBy: string;
    },
  ): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, previous_version_id, drafted_by)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7) RETURNING id`,
      [
        version.meetingId,
        version.councilId,
        version.version,
        version.record,
        version.summary,
        version.previousVersionId,
        version.draftedBy,
      ],
    );
    return created.id;
  }

  async saveDraft(
    em: EntityManager,
    id: string,
    draft: { record: string; summary: string; draftedBy: string },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE minutes SET record_markdown = $2, summary_markdown = $3, drafted_by = $4, updated_at = clock_now() WHERE id = $1`,
      [id, draft.record, draft.summary, draft.draftedBy],
    );
  }

  async submit(em: EntityManager, id: string, record: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE minutes SET status = 'SUBMITTED', submitted_at = clock_now(), record_markdown = $2 WHERE id = $1`,
      [id, record],
    );
  }

  async adopt(
    em: EntityManager,
    id: string,
    adoption: { ballotId: string; publicationDue: string },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE minutes SET status = 'ADOPTED', adopted_at = clock_now(), adopted_by_ballot_id = $2,
              publication_due = $3::date WHERE id = $1`,
      [id, adoption.ballotId, adoption.publicationDue],
    );
  }

  /** Rejected by the council: back to the secretary. */
  async sendBack(em: EntityManager, id: string): Promise<void> {
    await queryRows(em, `UPDATE minutes SET status = 'DRAFT', submitted_at = NULL WHERE id = $1`, [
      id,
    ]);
  }

  async publish(
    em: EntityManager,
    id: string,
    publication: {
      publishedBy: string;
      document: string;
      contentHash: string;
      /** The audit chain's head at publication, quoted in the document. */
      anchor: { id: string | null; hash: string };
    },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE minutes SET status = 'PUBLISHED', published_at = clock_now(), published_by = $2, document = $3, content_hash = $4,
              audit_anchor_id = $5::bigint, audit_anchor_hash = $6
        WHERE id = $1`,
      [
        id,
        publication.publishedBy,
        publication.document,
        publication.contentHash,
        publication.anchor.id,
        publication.anchor.hash,
      ],
    );
  }
}
