import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { auditTrailOf, AuditTrailRow, checkAuditChain, insertAuditEntry } from './audit.repository';

export type { AuditTrailRow } from './audit.repository';

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
    return insertAuditEntry(em, {
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  /**
   * What the trail holds about a person, for their data export (GDPR): what they did, and what
   * was done to their account. Identity reads it here, not from the table.
   */
  trailOf(em: EntityManager, accountId: string): Promise<AuditTrailRow[]> {
    return auditTrailOf(em, accountId);
  }

  /**
   * Recomputes every row's hash and link and compares the chain's end with the recorded head, so
   * an edit, a deletion or a cut tail shows.
   */
  async verifyChain(): Promise<AuditChainReport> {
    const row = await checkAuditChain(this.dataSource.manager);
    const firstBrokenId = row.first_broken ?? (row.head_ok ? null : 'head');
    return { valid: firstBrokenId === null, checked: Number(row.checked), firstBrokenId };
  }
}
