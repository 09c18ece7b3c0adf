import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/**
 * The `audit_log` table and its chain head. Plain functions: AuditService is also built by hand
 * (scripts, seed) with a DataSource only.
 */

export interface AuditRow {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  before: object | null;
  after: object | null;
}

/** What a person's export shows of an audit entry. */
export interface AuditTrailRow {
  occurredAt: Date;
  action: string;
  objectType: string;
  objectId: string | null;
}

export interface ChainCheckRow {
  checked: string;
  first_broken: string | null;
  head_ok: boolean;
}

/** Appends an entry (a trigger chains its hash); returns its id. */
export async function insertAuditEntry(em: EntityManager, entry: AuditRow): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    em,
    `INSERT INTO audit_log (actor_id, actor_role, action, object_type, object_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING id::text AS id`,
    [
      entry.actorId,
      entry.actorRole,
      entry.action,
      entry.objectType,
      entry.objectId,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
    ],
  );
  return row.id;
}

/** The entries an account made, and those about the account, oldest first. ($2 is $1 as text.) */
export function auditTrailOf(em: EntityManager, accountId: string): Promise<AuditTrailRow[]> {
  return queryRows<AuditTrailRow>(
    em,
    `SELECT occurred_at AS "occurredAt", action, object_type AS "objectType", object_id AS "objectId"
       FROM audit_log WHERE actor_id = $1 OR (object_type = 'account' AND object_id = $2) ORDER BY id`,
    [accountId, accountId],
  );
}

/**
 * Recomputes every row's hash and link in the database (one pass, nothing loaded in memory)
 * and compares the chain's end with the recorded head.
 */
export async function checkAuditChain(em: EntityManager): Promise<ChainCheckRow> {
  const [row] = await queryRows<ChainCheckRow>(
    em,
    `
    WITH chain AS (
      SELECT id, hash, prev_hash,
             audit_row_hash(prev_hash, id, occurred_at, actor_id, actor_role, action,
                            object_type, object_id, before, after) AS recomputed,
             coalesce(lag(hash) OVER (ORDER BY id), repeat('0', 64)) AS expected_prev
        FROM audit_log
    )
    SELECT count(*)::text AS checked,
           min(id) FILTER (WHERE hash <> recomputed OR prev_hash <> expected_prev)::text AS first_broken,
           (SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))
                   = head.last_hash FROM audit_chain_head head) AS head_ok
      FROM chain`,
  );
  return row;
}
