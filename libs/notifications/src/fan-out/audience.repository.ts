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

/** A person an audience names, with every relation it names them under. */
export interface RecipientRow {
  account_id: string;
  relations: string[];
  has_address: boolean;
  /** The account is deleted (not in `account_contact`): it gets nothing, but counts in the page. */
  gone: boolean;
}

/** One page of an audience: its people, and where the next page starts (null: this was the last). */
export interface RecipientPage {
  recipients: RecipientRow[];
  next: string | null;
}

/** Who an event reaches, read in pages. */
@Injectable()
export class AudienceRepository {
  /**
   * The next page of the audience after `after` (account ids in order): its first `size` rows
   * read along the audience's own indexes (keyset, no sort of the whole audience), plus every
   * other row of the page's last person, so that whoever is named twice (member and follower)
   * is read whole, in one page. Each person once, with all their relations. The page is full
   * when it read `size` rows; then the next one starts after its last person.
   */
  async page(
    em: EntityManager,
    audience: { sql: string; params: unknown[] },
    after: string | null,
    size: number,
  ): Promise<RecipientPage> {
    const n = audience.params.length;
    const rows: (RecipientRow & { page_rows: number })[] = await em.query(
      `WITH page AS MATERIALIZED (
         SELECT a.account_id, a.relation::text AS relation FROM (${audience.sql}) a
          WHERE $${n + 1}::uuid IS NULL OR a.account_id > $${n + 1}::uuid
          ORDER BY a.account_id LIMIT $${n + 2}),
       edge AS (
         SELECT a.account_id, a.relation::text AS relation FROM (${audience.sql}) a
          WHERE a.account_id = (SELECT account_id FROM page ORDER BY account_id DESC LIMIT 1)),
       named AS (SELECT account_id, relation FROM page UNION SELECT account_id, relation FROM edge)
       SELECT r.account_id, array_agg(r.relation ORDER BY r.relation) AS relations,
              coalesce(bool_or(c.email IS NOT NULL), false) AS has_address,
              bool_and(c.account_id IS NULL) AS gone,
              (SELECT count(*) FROM page)::int AS page_rows
         FROM named r LEFT JOIN account_contact c ON c.account_id = r.account_id
        GROUP BY r.account_id ORDER BY r.account_id`,
      [...audience.params, after, size],
    );
    const full = rows.length > 0 && rows[0].page_rows >= size;
    return {
      recipients: rows.map(({ account_id, relations, has_address, gone }) => ({
        account_id,
        relations,
        has_address,
        gone,
      })),
      next: full ? rows[rows.length - 1].account_id : null,
    };
  }
}
