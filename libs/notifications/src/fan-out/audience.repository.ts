import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Audience queries the sources share: each selects `account_id, relation`. `council` is the
 * council's id as SQL (`$1`), or a subquery that finds it. Read from the views identity and
 * councils publish (`council_audience` says who is in office, on the application's clock).
 */
export const audiences = {
  members: (council: string) =>
    `SELECT account_id, relation FROM council_audience WHERE council_id = ${council} AND relation = 'MEMBER'`,
  followers: (council: string) =>
    `SELECT account_id, relation FROM council_audience WHERE council_id = ${council} AND relation = 'FOLLOWER'`,
  agents: () =>
    `SELECT account_id, 'AGENT' AS relation FROM account_contact WHERE role IN ('AGENT', 'ADMIN')`,
};

/**
 * A page of an audience as SQL, for a statement to build on: a SELECT of each person of the page
 * once (`account_id, relations, has_address, gone`, where gone means a deleted account, which
 * gets nothing), and the parameters it uses ($1 … $params.length).
 */
export interface AudiencePageSql {
  people: string;
  params: unknown[];
}

/**
 * Who an event reaches, read in pages along the audience's own indexes (keyset on account ids,
 * never a sort of the whole audience): page k holds the people with `after < account_id ≤ upTo`,
 * so pages never overlap and miss no one, whoever is named twice (member and follower) is read
 * whole in one page.
 */
@Injectable()
export class AudienceRepository {
  /**
   * Where the page after `after` ends: the account id of its `size`-th row, or null when fewer
   * rows are left (the page runs to the end of the audience, and is the last).
   */
  async pageEnd(
    em: EntityManager,
    audience: { sql: string; params: unknown[] },
    after: string | null,
    size: number,
  ): Promise<string | null> {
    const n = audience.params.length;
    const [row]: { account_id: string }[] = await em.query(
      `SELECT a.account_id FROM (${audience.sql}) a
        WHERE $${n + 1}::uuid IS NULL OR a.account_id > $${n + 1}::uuid
        ORDER BY a.account_id OFFSET $${n + 2} LIMIT 1`,
      [...audience.params, after, size - 1],
    );
    return row?.account_id ?? null;
  }

  /** The people of the page (after, upTo] (upTo null: to the end), as SQL. */
  pageSql(
    audience: { sql: string; params: unknown[] },
    after: string | null,
    upTo: string | null,
  ): AudiencePageSql {
    const n = audience.params.length;
    return {
      people: `SELECT r.account_id, array_agg(DISTINCT r.relation::text ORDER BY r.relation::text) AS relations,
                coalesce(bool_or(c.email IS NOT NULL), false) AS has_address,
                bool_and(c.account_id IS NULL) AS gone
           FROM (${audience.sql}) r LEFT JOIN account_contact c ON c.account_id = r.account_id
          WHERE ($${n + 1}::uuid IS NULL OR r.account_id > $${n + 1}::uuid)
            AND ($${n + 2}::uuid IS NULL OR r.account_id <= $${n + 2}::uuid)
          GROUP BY r.account_id`,
      params: [...audience.params, after, upTo],
    };
  }
}
