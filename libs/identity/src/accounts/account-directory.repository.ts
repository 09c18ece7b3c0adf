import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { SEARCH_RANKS, SearchRank } from './account-search';
import { AccountOverviewRow } from './account.view';

const COLUMNS = `a.id, a.email, a.display_name AS "displayName", a.role,
  a.email_verified_at AS "emailVerifiedAt", a.residency_neighbourhood AS "residencyNeighbourhood",
  a.residency_verified_at AS "residencyVerifiedAt", a.residency_method AS "residencyMethod",
  a.created_at AS "createdAt", a.deleted_at AS "deletedAt"`;

/**
 * $1 the e-mail as typed (trimmed, lower-cased), $2 the same as a LIKE literal. Names are folded
 * (accents, case) on both sides with quorum_fold, as the trigram indexes are.
 */
const MATCHES = `a.deleted_at IS NULL AND (a.email = $1
  OR a.email LIKE '%' || $2 || '%'
  OR quorum_fold(a.display_name) LIKE '%' || quorum_fold($2) || '%')`;

const RANK = `CASE WHEN a.email = $1 THEN ${SEARCH_RANKS.EXACT_EMAIL}
  WHEN a.email LIKE $2 || '%' OR quorum_fold(a.display_name) LIKE quorum_fold($2) || '%'
    OR quorum_fold(a.display_name) LIKE '% ' || quorum_fold($2) || '%' THEN ${SEARCH_RANKS.PREFIX}
  ELSE ${SEARCH_RANKS.SUBSTRING} END`;

/** Residents who confirmed their address and wait for an agent (or the census) to verify residency. */
const AWAITING = `a.deleted_at IS NULL AND a.role = 'RESIDENT'
  AND a.email_verified_at IS NOT NULL AND a.residency_neighbourhood IS NULL`;

/** The town hall's staff: agents and admins. */
const STAFF = `a.deleted_at IS NULL AND a.role IN ('AGENT', 'ADMIN')`;

export interface StaffCursor {
  name: string;
  id: string;
}

export interface SearchCursor {
  rank: SearchRank;
  name: string;
  id: string;
}

export interface AwaitingCursor {
  createdAt: string;
  id: string;
}

/** Finding people by what an agent knows of them; deleted (anonymised) accounts never show. */
@Injectable()
export class AccountDirectoryRepository {
  /** Best match first, then by folded name; `limit` is the page size plus one. */
  async search(
    em: EntityManager,
    email: string,
    literal: string,
    after: SearchCursor | null,
    limit: number,
  ): Promise<{ rows: (AccountOverviewRow & SearchCursor)[]; totalCount: number }> {
    const rows = await queryRows<AccountOverviewRow & SearchCursor>(
      em,
      `SELECT * FROM (
         SELECT ${COLUMNS}, ${RANK} AS rank, quorum_fold(a.display_name) AS name
           FROM account a WHERE ${MATCHES}) m
        WHERE $3::int IS NULL OR (m.rank, m.name, m.id) > ($3::int, $4::text, $5::uuid)
        ORDER BY m.rank, m.name, m.id LIMIT $6`,
      [email, literal, after?.rank ?? null, after?.name ?? null, after?.id ?? null, limit],
    );
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM account a WHERE ${MATCHES}`,
      [email, literal],
    );
    return { rows, totalCount: n };
  }

  /** Longest waiting first (by sign-up). */
  async awaitingResidency(
    em: EntityManager,
    after: AwaitingCursor | null,
    limit: number,
  ): Promise<{ rows: (AccountOverviewRow & { cursorKey: string })[]; totalCount: number }> {
    const rows = await queryRows<AccountOverviewRow & { cursorKey: string }>(
      em,
      `SELECT ${COLUMNS}, a.created_at::text AS "cursorKey" FROM account a
        WHERE ${AWAITING} AND ($1::timestamptz IS NULL OR (a.created_at, a.id) > ($1::timestamptz, $2::uuid))
        ORDER BY a.created_at, a.id LIMIT $3`,
      [after?.createdAt ?? null, after?.id ?? null, limit],
    );
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM account a WHERE ${AWAITING}`,
    );
    return { rows, totalCount: n };
  }

  /** Agents and admins by folded name; `limit` is the page size plus one. */
  async staff(
    em: EntityManager,
    after: StaffCursor | null,
    limit: number,
  ): Promise<{ rows: (AccountOverviewRow & StaffCursor)[]; totalCount: number }> {
    const rows = await queryRows<AccountOverviewRow & StaffCursor>(
      em,
      `SELECT * FROM (
         SELECT ${COLUMNS}, quorum_fold(a.display_name) AS name FROM account a WHERE ${STAFF}) m
        WHERE $1::text IS NULL OR (m.name, m.id) > ($1::text, $2::uuid)
        ORDER BY m.name, m.id LIMIT $3`,
      [after?.name ?? null, after?.id ?? null, limit],
    );
    const [{ n }] = await queryRows<{ n: number }>(
      em,
      `SELECT count(*)::int AS n FROM account a WHERE ${STAFF}`,
    );
    return { rows, totalCount: n };
  }
}
