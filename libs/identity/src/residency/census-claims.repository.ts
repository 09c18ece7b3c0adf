import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ClaimRow } from './claim-outcome';

export interface ContestedClaimRow {
  id: string;
  claimedAt: Date;
  claimantId: string;
  entryId: string;
  importId: string;
  holderId: string | null;
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string } | undefined)?.code === '23505';

/** What a person's export shows of their claim. */
export interface CensusClaimExportRow {
  claimedAt: Date;
}

/** Claims of census entries (`census_entry`), and the contested ones agents look into. */
@Injectable()
export class CensusClaimsRepository {
  /**
   * One statement whatever the outcome, so no outcome takes a longer path: claims the entry when
   * it is free and the caller holds none, and says what it saw. Null when a concurrent claim by
   * the same account took another entry first (the unique constraint on claimed_by).
   */
  async claim(em: EntityManager, accountId: string, entryHash: string): Promise<ClaimRow | null> {
    const rows = await queryRows<ClaimRow>(
      em,
      `WITH entry AS (SELECT id, claimed_by FROM census_entry WHERE entry_hash = $2),
            mine AS (SELECT id FROM census_entry WHERE claimed_by = $1),
            claimed AS (
              UPDATE census_entry SET claimed_by = $1, claimed_at = clock_now()
               WHERE entry_hash = $2 AND claimed_by IS NULL AND NOT EXISTS (SELECT 1 FROM mine)
               RETURNING id)
       SELECT (SELECT id::text FROM claimed) AS "claimedId", (SELECT id::text FROM mine) AS "mineId",
              (SELECT id::text FROM entry) AS "entryId", (SELECT claimed_by::text FROM entry) AS "holderId"`,
      [accountId, entryHash],
    ).catch((error: unknown) => {
      if (isUniqueViolation(error)) return null;
      throw error;
    });
    return rows?.[0] ?? null;
  }

  /** Who holds the entry now (the statement's snapshot predates a concurrent claim). */
  async holderOf(em: EntityManager, entryId: string): Promise<string | null> {
    const [row] = await queryRows<{ holderId: string | null }>(
      em,
      `SELECT claimed_by::text AS "holderId" FROM census_entry WHERE id = $1`,
      [entryId],
    );
    return row?.holderId ?? null;
  }

  async recordContested(em: EntityManager, entryId: string, claimantId: string): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO contested_census_claim (entry_id, claimant_id) VALUES ($1, $2) RETURNING id::text AS id`,
      [entryId, claimantId],
    );
    return row.id;
  }

  /** Newest first; `afterId` is the last id of the previous page. */
  async contested(
    em: EntityManager,
    limit: number,
    afterId: string | null,
  ): Promise<{ rows: ContestedClaimRow[]; totalCount: number }> {
    const rows = await queryRows<ContestedClaimRow>(
      em,
      `SELECT c.id::text AS id, c.claimed_at AS "claimedAt", c.claimant_id AS "claimantId",
              e.id::text AS "entryId", e.import_id AS "importId", e.claimed_by AS "holderId"
         FROM contested_census_claim c JOIN census_entry e ON e.id = c.entry_id
        WHERE $1::bigint IS NULL OR c.id < $1::bigint
        ORDER BY c.id DESC LIMIT $2`,
      [afterId, limit],
    );
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM contested_census_claim`,
    );
    return { rows, totalCount: n };
  }

  listOf(em: EntityManager, accountId: string): Promise<CensusClaimExportRow[]> {
    return queryRows<CensusClaimExportRow>(
      em,
      `SELECT claimed_at AS "claimedAt" FROM census_entry WHERE claimed_by = $1`,
      [accountId],
    );
  }

  /** The account's entry can be claimed again (its owner deleted the account). */
  async release(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `UPDATE census_entry SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = $1`,
      [accountId],
    );
  }

  async deleteContestedBy(em: EntityManager, claimantId: string): Promise<void> {
    await em.query(`DELETE FROM contested_census_claim WHERE claimant_id = $1`, [claimantId]);
  }
}
