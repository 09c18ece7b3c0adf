import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeCursor, DomainError, toConnection } from '@quorum/core';
import { DataSource, EntityManager } from 'typeorm';
import {
  auditChainHead,
  AuditEntryRow,
  auditExportBatch,
  auditLogPage,
  auditTrailOf,
  AuditTrailRow,
  checkAuditChainBatch,
  checkMinutesAnchors,
  insertAuditEntry,
} from './audit.repository';
import { GENESIS_HASH } from './rules/audit-chain';
import { AuditReader, PUBLIC_AUDIT_ACTIONS } from './rules/audit-visibility';

export type { AuditEntryRow, AuditTrailRow } from './audit.repository';

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
  /** The first row whose hash or link does not match ('head' for a cut tail), when broken. */
  firstBrokenId: string | null;
  /** How many published minutes' anchors were checked against the chain. */
  anchorsChecked: number;
  /** The first published minutes whose anchor the chain contradicts, and the link it names. */
  brokenAnchor: { minutesId: string; auditId: string } | null;
  /** The chain's last link. */
  headId: string | null;
  headHash: string;
}

export interface AuditLogFilter {
  objectType?: string | null;
  objectId?: string | null;
  action?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** An entry as `auditLog` returns it (its time as a Date; the export keeps the text). */
export type AuditLogEntryView = Omit<AuditEntryRow, 'occurredAt'> & { occurredAt: Date | null };

/** The link a document quotes to pin the chain as it stood: its id and hash. */
export interface AuditAnchor {
  id: string | null;
  hash: string;
}

/** Rows a verification batch recomputes (one query each; nothing else held in memory). */
const VERIFY_BATCH = 5000;
/** Rows an export batch reads. */
const EXPORT_BATCH = 1000;

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
   * The chain's head, held (FOR UPDATE) until the caller's transaction ends: a document that
   * prints it (published minutes) pins the chain as it stood, and the caller's own audit entry,
   * written next, links to exactly this hash.
   */
  async anchor(em: EntityManager): Promise<AuditAnchor> {
    if (!em.queryRunner?.isTransactionActive)
      throw new Error('Audit anchor taken outside a transaction');
    const head = await auditChainHead(em, true);
    return { id: head.lastId, hash: head.lastHash };
  }

  /** The log, newest first: the public entries for anyone, every entry in full for agents. */
  async log(
    reader: AuditReader,
    filter: AuditLogFilter,
    first: number,
    after?: string,
  ): Promise<Connection<AuditLogEntryView>> {
    const key = after ? decodeCursor(after, 1)[0] : null;
    if (key !== null && !(typeof key === 'string' && /^\d{1,19}$/.test(key)))
      throw DomainError.badInput([
        { field: 'after', message: { fr: 'curseur invalide', en: 'invalid cursor' } },
      ]);
    const beforeId = key;
    const { rows, totalCount } = await auditLogPage(
      this.dataSource.manager,
      {
        publicActions: PUBLIC_AUDIT_ACTIONS,
        full: reader === 'FULL',
        objectType: filter.objectType ?? null,
        objectId: filter.objectId ?? null,
        action: filter.action ?? null,
        since: filter.since ?? null,
        until: filter.until ?? null,
        beforeId,
      },
      first + 1,
    );
    const entries = rows.map((row) => ({
      ...row,
      occurredAt: row.occurredAt === null ? null : new Date(row.occurredAt),
    }));
    return toConnection(entries, first, totalCount, (row) => [row.id]);
  }

  /**
   * Recomputes every row's hash and link, in batches on one snapshot (any length, bounded
   * memory), compares the chain's end with the recorded head (a cut tail shows), then checks
   * that every published minutes' anchor still names a link with the hash it printed (a chain
   * rewritten consistently shows there).
   */
  async verifyChain(batchSize = VERIFY_BATCH): Promise<AuditChainReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      let afterId = '0';
      let prevHash = GENESIS_HASH;
      let seenV2 = false;
      let checked = 0;
      let firstBrokenId: string | null = null;
      for (;;) {
        const batch = await checkAuditChainBatch(em, afterId, prevHash, seenV2, batchSize);
        if (batch.checked === 0) break;
        checked += batch.checked;
        firstBrokenId ??= batch.firstBroken;
        afterId = batch.lastId!;
        prevHash = batch.lastHash!;
        seenV2 = batch.seenV2;
        if (batch.checked < batchSize) break;
      }
      const head = await auditChainHead(em);
      const lastId = checked ? afterId : null;
      if (!firstBrokenId && (head.lastHash !== prevHash || head.lastId !== lastId))
        firstBrokenId = 'head';
      const anchors = await checkMinutesAnchors(em);
      const brokenAnchor = anchors.brokenMinutesId
        ? { minutesId: anchors.brokenMinutesId, auditId: anchors.brokenAuditId! }
        : null;
      return {
        valid: firstBrokenId === null && brokenAnchor === null,
        checked,
        firstBrokenId,
        anchorsChecked: anchors.checked,
        brokenAnchor,
        headId: lastId,
        headHash: prevHash,
      };
    });
  }

  /** The chain's head as committed now: where an export stops, and its ETag. */
  async head(): Promise<AuditAnchor> {
    const head = await auditChainHead(this.dataSource.manager);
    return { id: head.lastId, hash: head.lastHash };
  }

  /**
   * The public export, oldest first, in batches up to `head` (rows are appended under the head's
   * lock, so every link up to a committed head is committed): a consistent prefix of the chain,
   * whatever is written meanwhile, without holding a snapshot open for as long as a slow client
   * reads.
   */
  async *exportPublic(
    head?: AuditAnchor,
    batchSize = EXPORT_BATCH,
  ): AsyncGenerator<AuditEntryRow[]> {
    const until = head ?? (await this.head());
    if (until.id === null) return;
    let afterId = '0';
    for (;;) {
      const rows = await auditExportBatch(
        this.dataSource.manager,
        PUBLIC_AUDIT_ACTIONS,
        afterId,
        until.id,
        batchSize,
      );
      if (rows.length === 0) return;
      yield rows;
      afterId = rows[rows.length - 1].id;
      if (rows.length < batchSize) return;
    }
  }
}
