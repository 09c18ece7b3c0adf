import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/** A comment with its author's public name (identity's `account_public_name`). */
export interface CommentRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  author_id: string;
  author_name: string;
  body_markdown: string;
  body_html: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  edited_at: Date | null;
}

const COLUMNS = `c.id, c.proposal_id, c.parent_id, c.author_id, a.display_name AS author_name, c.body_markdown,
  c.body_html, c.hidden_at, c.hidden_reason, c.created_at, c.edited_at`;
const WITH_AUTHOR = `comment c JOIN account_public_name a ON a.account_id = c.author_id`;

export interface NewComment {
  proposalId: string;
  authorId: string;
  parentId: string | null;
  bodyMarkdown: string;
  bodyHtml: string;
}

/** See `CommentRepository.pagesOf`. */
export function pagesOfSql(
  proposalIds: readonly string[],
  after: { createdAt: string; id: string } | null,
  limit: number,
): { text: string; values: unknown[] } {
  const values: unknown[] = [proposalIds, limit];
  let cursor = '';
  if (after) {
    values.push(after.createdAt, after.id);
    cursor = 'AND (c.created_at, c.id) > ($3, $4)';
  }
  return {
    text: `SELECT ${COLUMNS}, c.created_at::text AS cursor_key
         FROM unnest($1::uuid[]) AS p(id)
        CROSS JOIN LATERAL (SELECT * FROM comment c WHERE c.proposal_id = p.id ${cursor}
                             ORDER BY c.created_at, c.id LIMIT $2) c
         JOIN account_public_name a ON a.account_id = c.author_id
        ORDER BY c.proposal_id, c.created_at, c.id`,
    values,
  };
}

/** Comments and replies (one level), their edits and moderation. */
@Injectable()
export class CommentRepository {
  async insert(em: EntityManager, c: NewComment): Promise<string> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO comment (proposal_id, author_id, parent_id, body_markdown, body_html, created_at)
       VALUES ($1, $2, $3, $4, $5, clock_now()) RETURNING id`,
      [c.proposalId, c.authorId, c.parentId, c.bodyMarkdown, c.bodyHtml],
    );
    return created.id;
  }

  /** The comment a reply would go to, on the same proposal. */
  async parent(
    em: EntityManager,
    id: string,
    proposalId: string,
  ): Promise<{ parentId: string | null } | undefined> {
    const [row] = await queryRows<{ parent_id: string | null }>(
      em,
      `SELECT parent_id FROM comment WHERE id = $1 AND proposal_id = $2`,
      [id, proposalId],
    );
    return row && { parentId: row.parent_id };
  }

  /** Locked while its author edits it. */
  async lockForEdit(
    em: EntityManager,
    id: string,
  ): Promise<{ author_id: string; created_at: Date; hidden_at: Date | null } | undefined> {
    const [row] = await queryRows<{ author_id: string; created_at: Date; hidden_at: Date | null }>(
      em,
      `SELECT author_id, created_at, hidden_at FROM comment WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async edit(em: EntityManager, id: string, bodyMarkdown: string, bodyHtml: string): Promise<void> {
    await queryRows(
      em,
      `UPDATE comment SET body_markdown = $2, body_html = $3, edited_at = clock_now() WHERE id = $1`,
      [id, bodyMarkdown, bodyHtml],
    );
  }

  async byId(em: EntityManager, id: string): Promise<CommentRow | undefined> {
    const [row] = await queryRows<CommentRow>(
      em,
      `SELECT ${COLUMNS} FROM ${WITH_AUTHOR} WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /** The comments of many proposals, in the order they were written. */
  async ofProposals(em: EntityManager, proposalIds: readonly string[]): Promise<CommentRow[]> {
    return queryRows<CommentRow>(
      em,
      `SELECT ${COLUMNS} FROM ${WITH_AUTHOR} WHERE c.proposal_id = ANY($1) ORDER BY c.created_at, c.id`,
      [proposalIds],
    );
  }

  /**
   * A page of the comments of each of many proposals, in the order they were written, after a
   * cursor (the same for all: a cursor names its proposal), in one statement: each proposal's
   * page is read from the (proposal, time) index, then its authors' names are joined.
   */
  async pagesOf(
    em: EntityManager,
    proposalIds: readonly string[],
    after: { createdAt: string; id: string } | null,
    limit: number,
  ): Promise<(CommentRow & { cursor_key: string })[]> {
    const { text, values } = pagesOfSql(proposalIds, after, limit);
    // Two texts only (with a cursor or not): prepared, parsed once per connection.
    return queryRows<CommentRow & { cursor_key: string }>(em, text, values, { prepare: true });
  }

  /** How many comments (replies included) each proposal has. */
  async countsOf(em: EntityManager, proposalIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await queryRows<{ proposal_id: string; n: number }>(
      em,
      `SELECT proposal_id, count(*)::int AS n FROM comment WHERE proposal_id = ANY($1) GROUP BY proposal_id`,
      [proposalIds],
      { prepare: true },
    );
    return new Map(rows.map((row) => [row.proposal_id, row.n]));
  }

  async exists(em: EntityManager, id: string): Promise<boolean> {
    const rows = await queryRows(em, `SELECT 1 FROM comment WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Hides, or with `overwrite` also replaces the reason of one already hidden; whether it changed. */
  async hide(em: EntityManager, id: string, reason: string, overwrite: boolean): Promise<boolean> {
    const rows = await queryRows(
      em,
      `UPDATE comment SET hidden_at = coalesce(hidden_at, clock_now()), hidden_reason = $2
        WHERE id = $1${overwrite ? '' : ' AND hidden_at IS NULL'} RETURNING id`,
      [id, reason],
    );
    return rows.length > 0;
  }

  async restore(em: EntityManager, id: string): Promise<boolean> {
    const rows = await queryRows(
      em,
      `UPDATE comment SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }
}
