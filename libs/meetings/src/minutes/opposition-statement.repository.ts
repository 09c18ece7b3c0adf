import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

export interface StatementOwnerRow {
  authorId: string;
  minutesId: string | null;
  councilId: string;
}

/** Opposition statements: one per author on a version of the minutes or on an official answer. */
@Injectable()
export class OppositionStatementRepository {
  /** Returns the new statement's id, or undefined when its author already has one there. */
  async insert(
    em: EntityManager,
    statement: {
      councilId: string;
      authorId: string;
      politicalGroup: string;
      minutesId: string | null;
      proposalId: string | null;
      bodyMarkdown: string;
      bodyHtml: string;
    },
  ): Promise<string | undefined> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO opposition_statement (council_id, author_id, political_group, minutes_id, proposal_id, body_markdown, body_html)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [
        statement.councilId,
        statement.authorId,
        statement.politicalGroup,
        statement.minutesId,
        statement.proposalId,
        statement.bodyMarkdown,
        statement.bodyHtml,
      ],
    );
    return row?.id;
  }

  /** The statements of one version, copied onto its correction. */
  async carryOver(em: EntityManager, fromMinutesId: string, toMinutesId: string): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO opposition_statement (council_id, author_id, political_group, minutes_id, body_markdown, body_html)
       SELECT council_id, author_id, political_group, $2, body_markdown, body_html
         FROM opposition_statement WHERE minutes_id = $1`,
      [fromMinutesId, toMinutesId],
    );
  }

  async lock(em: EntityManager, id: string): Promise<StatementOwnerRow | undefined> {
    const [row] = await queryRows<StatementOwnerRow>(
      em,
      `SELECT author_id AS "authorId", minutes_id AS "minutesId", council_id AS "councilId"
         FROM opposition_statement WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async authorOf(em: EntityManager, id: string): Promise<string | null> {
    const [row] = await queryRows<{ authorId: string }>(
      em,
      `SELECT author_id AS "authorId" FROM opposition_statement WHERE id = $1`,
      [id],
    );
    return row?.authorId ?? null;
  }

  async updateBody(
    em: EntityManager,
    id: string,
    body: { markdown: string; html: string },
  ): Promise<void> {
    await queryRows(
      em,
      `UPDATE opposition_statement SET body_markdown = $2, body_html = $3, updated_at = clock_now() WHERE id = $1`,
      [id, body.markdown, body.html],
    );
  }
}
