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
}

/** Who an event reaches, read in batches. */
@Injectable()
export class AudienceRepository {
  /**
   * The next `size` people of the audience after `after` (account ids in order), each once;
   * accounts deleted are left out (`account_contact` holds the others).
   */
  recipients(
    em: EntityManager,
    audience: { sql: string; params: unknown[] },
    after: string | null,
    size: number,
  ): Promise<RecipientRow[]> {
    const n = audience.params.length;
    return em.query(
      `SELECT r.account_id, array_agg(DISTINCT r.relation::text ORDER BY r.relation::text) AS relations,
              bool_or(c.email IS NOT NULL) AS has_address
         FROM (${audience.sql}) r JOIN account_contact c ON c.account_id = r.account_id
        WHERE $${n + 1}::uuid IS NULL OR r.account_id > $${n + 1}::uuid
        GROUP BY r.account_id ORDER BY r.account_id LIMIT $${n + 2}`,
      [...audience.params, after, size],
    );
  }
}
