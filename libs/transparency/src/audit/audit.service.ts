import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditRecord {
  /** Who did it: an account id, or null for the system (schedules, seed). */
  actorId?: string | null;
  actorRole?: string | null;
  /** What happened, as `<object>.<verb>`: `council.charter-updated`, `proposal.hidden`. */
  action: string;
  objectType: string;
  objectId?: string | null;
  before?: object | null;
  after?: object | null;
}

export interface AuditChainReport {
  valid: boolean;
  checked: number;
  /** The first row whose hash or link does not match, when the chain is broken. */
  firstBrokenId: string | null;
}

/** The audit trail: every service writes to it inside its own transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(em: EntityManager, entry: AuditRecord): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error(`Audit entry ${entry.action} recorded outside a transaction`);
    }
    const rows: { id: string }[] = await em.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, object_type, object_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING id::text AS id`,
      [
        entry.actorId ?? null,
        entry.actorRole ?? null,
        entry.action,
        entry.objectType,
        entry.objectId ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
      ],
    );
    return rows[0].id;
  }

  /**
   * Recomputes every row's hash and link in the database (one pass, nothing loaded in memory)
   * and compares the chain's end with the recorded head, so an edit, a deletion or a cut
   * tail shows.
   */
  async verifyChain(): Promise<AuditChainReport> {
    const [row]: { checked: string; first_broken: string | null; head_ok: boolean }[] = await this
      .dataSource.query(`
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
          FROM chain`);
    const firstBrokenId = row.first_broken ?? (row.head_ok ? null : 'head');
    return { valid: firstBrokenId === null, checked: Number(row.checked), firstBrokenId };
  }
}
