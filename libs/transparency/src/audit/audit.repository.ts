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

// ---- Chain version 2 reads: the audit log's pages, its verification in batches, its export ----

/** One entry as `auditLog` and the export show it; the fields are null on a private entry. */
export interface AuditEntryRow {
  id: string;
  prevHash: string;
  hash: string;
  payloadHash: string | null;
  /** Whether the entry belongs to the public part (its action is allow-listed). */
  public: boolean;
  occurredAt: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string | null;
  objectType: string | null;
  objectId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Version 2, public: the canonical text whose SHA-256 is `payloadHash`. */
  payload: string | null;
  /** Version 1, public: the text whose SHA-256 is `hash`. */
  hashedText: string | null;
}

export interface AuditLogQuery {
  /** The allow-list of public actions. */
  publicActions: readonly string[];
  /** Every entry in full (agents and admins), else the public ones only. */
  full: boolean;
  objectType: string | null;
  objectId: string | null;
  action: string | null;
  since: Date | null;
  until: Date | null;
  /** Newest first: entries with an id below this one. */
  beforeId: string | null;
}

/**
 * The columns of an entry, its fields nulled in SQL unless `shown` (the reader may see it in
 * full): what leaves the database is what the reader may see.
 */
const ENTRY_COLUMNS = `
  id::text AS id, prev_hash AS "prevHash", hash, payload_hash AS "payloadHash", is_public AS public,
  CASE WHEN shown THEN to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS "occurredAt",
  CASE WHEN shown THEN actor_id END AS "actorId",
  CASE WHEN shown THEN actor_role END AS "actorRole",
  CASE WHEN shown THEN action END AS action,
  CASE WHEN shown THEN object_type END AS "objectType",
  CASE WHEN shown THEN object_id END AS "objectId",
  CASE WHEN shown THEN before END AS before,
  CASE WHEN shown THEN after END AS after,
  CASE WHEN shown AND payload_hash IS NOT NULL THEN audit_payload_text(id, occurred_at, actor_id,
       actor_role, action, object_type, object_id, before, after, salt) END AS payload,
  CASE WHEN shown AND payload_hash IS NULL THEN jsonb_build_array(prev_hash::text, id,
       (extract(epoch FROM occurred_at) * 1000000)::bigint, actor_id, actor_role, action,
       object_type, object_id, before, after)::text END AS "hashedText"`;

/** A page of the log, newest first, and how many entries match. */
export async function auditLogPage(
  em: EntityManager,
  query: AuditLogQuery,
  limit: number,
): Promise<{ rows: AuditEntryRow[]; totalCount: number }> {
  const filter = `
    ($2::boolean OR action = ANY($1::text[]))
    AND ($3::text IS NULL OR object_type = $3) AND ($4::text IS NULL OR object_id = $4)
    AND ($5::text IS NULL OR action = $5)
    AND ($6::timestamptz IS NULL OR occurred_at >= $6) AND ($7::timestamptz IS NULL OR occurred_at < $7)`;
  const params = [
    query.publicActions,
    query.full,
    query.objectType,
    query.objectId,
    query.action,
    query.since,
    query.until,
  ];
  const rows = await queryRows<AuditEntryRow>(
    em,
    `SELECT ${ENTRY_COLUMNS}
       FROM (SELECT *, action = ANY($1::text[]) AS is_public, $2::boolean OR action = ANY($1::text[]) AS shown
               FROM audit_log
              WHERE ${filter} AND ($8::bigint IS NULL OR id < $8) ORDER BY id DESC LIMIT $9) l
      ORDER BY l.id DESC`,
    [...params, query.beforeId, limit],
  );
  const [count] = await queryRows<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM audit_log WHERE ${filter}`,
    params,
  );
  return { rows, totalCount: count.n };
}

/** The export's rows after `afterId` up to `lastId`, oldest first, private ones as hashes only. */
export function auditExportBatch(
  em: EntityManager,
  shown: readonly string[],
  afterId: string,
  lastId: string,
  limit: number,
): Promise<AuditEntryRow[]> {
  return queryRows<AuditEntryRow>(
    em,
    `SELECT ${ENTRY_COLUMNS}
       FROM (SELECT *, action = ANY($1::text[]) AS is_public, action = ANY($1::text[]) AS shown
               FROM audit_log
              WHERE id > $2::bigint AND id <= $3::bigint ORDER BY id LIMIT $4) l
      ORDER BY l.id`,
    [shown, afterId, lastId, limit],
  );
}

export interface ChainHeadRow {
  lastId: string | null;
  lastHash: string;
}

/** The chain's recorded head; `forUpdate` holds it until the transaction ends (an anchor). */
export async function auditChainHead(em: EntityManager, forUpdate = false): Promise<ChainHeadRow> {
  const [row] = await queryRows<ChainHeadRow>(
    em,
    `SELECT last_id::text AS "lastId", last_hash AS "lastHash" FROM audit_chain_head${
      forUpdate ? ' FOR UPDATE' : ''
    }`,
  );
  return row;
}

export interface ChainBatchRow {
  checked: number;
  firstBroken: string | null;
  lastId: string | null;
  lastHash: string | null;
  /** Whether a version-2 row was met, up to this batch's end. */
  seenV2: boolean;
}

/**
 * Recomputes the hashes of up to `limit` rows after `afterId`, the first linked to `prevHash`:
 * version-1 rows by audit_row_hash over their fields, version-2 rows by their payload's digest
 * and the link over it. A version-1 row after a version-2 one is broken (no downgrade).
 */
export async function checkAuditChainBatch(
  em: EntityManager,
  afterId: string,
  prevHash: string,
  seenV2: boolean,
  limit: number,
): Promise<ChainBatchRow> {
  const [row] = await queryRows<ChainBatchRow>(
    em,
    `
    WITH batch AS (
      SELECT *, audit_sha256(audit_payload_text(id, occurred_at, actor_id, actor_role, action,
                  object_type, object_id, before, after, salt)) AS recomputed_payload
        FROM audit_log WHERE id > $1::bigint ORDER BY id LIMIT $4
    ), checked AS (
      SELECT id, hash, payload_hash IS NOT NULL AS v2,
             prev_hash <> coalesce(lag(hash) OVER (ORDER BY id), $2) AS bad_link,
             CASE WHEN payload_hash IS NULL
                  THEN $3::boolean OR bool_or(payload_hash IS NOT NULL) OVER (ORDER BY id)
                       OR hash <> audit_row_hash(prev_hash, id, occurred_at, actor_id, actor_role,
                                                 action, object_type, object_id, before, after)
                  ELSE payload_hash <> recomputed_payload
                       OR hash <> audit_link_hash(prev_hash, id, recomputed_payload)
             END AS bad_hash
        FROM batch
    )
    SELECT count(*)::int AS checked,
           min(id) FILTER (WHERE bad_link OR bad_hash)::text AS "firstBroken",
           max(id)::text AS "lastId",
           (array_agg(hash ORDER BY id DESC))[1] AS "lastHash",
           $3::boolean OR coalesce(bool_or(v2), false) AS "seenV2"
      FROM checked`,
    [afterId, prevHash, seenV2, limit],
  );
  return row;
}

export interface AnchorCheckRow {
  checked: number;
  brokenMinutesId: string | null;
  brokenAuditId: string | null;
}

/**
 * Every published minutes' anchor (the view meetings owns) against the chain: the link it names
 * must exist and hold the hash the document printed. Reports the first that does not.
 */
export async function checkMinutesAnchors(em: EntityManager): Promise<AnchorCheckRow> {
  const [row] = await queryRows<AnchorCheckRow>(
    em,
    `WITH anchors AS (
       SELECT a.minutes_id, a.audit_anchor_id, l.hash IS NOT DISTINCT FROM a.audit_anchor_hash AS ok
         FROM audit_anchor_minutes a LEFT JOIN audit_log l ON l.id = a.audit_anchor_id
     ), first_broken AS (
       SELECT minutes_id::text AS minutes_id, audit_anchor_id::text AS audit_id FROM anchors
        WHERE NOT ok ORDER BY audit_anchor_id, minutes_id LIMIT 1
     )
     SELECT (SELECT count(*)::int FROM anchors) AS checked,
            (SELECT minutes_id FROM first_broken) AS "brokenMinutesId",
            (SELECT audit_id FROM first_broken) AS "brokenAuditId"`,
  );
  return row;
}
