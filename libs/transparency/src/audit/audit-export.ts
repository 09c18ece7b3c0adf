import { AuditEntryRow } from './audit.repository';
import { AuditExportLine } from './rules/audit-chain';

/**
 * A line of `/open-data/audit.jsonl`: a public entry with every field and the payload text it
 * hashes; a private entry with its hashes and nothing else (the repository already nulled its
 * fields: this only leaves the empty keys out).
 */
export function exportLine(row: AuditEntryRow): AuditExportLine {
  const link = { id: row.id, prevHash: row.prevHash, hash: row.hash, payloadHash: row.payloadHash };
  if (!row.public) return { ...link, public: false };
  return {
    ...link,
    public: true,
    ...(row.payload !== null ? { payload: row.payload } : { hashedText: row.hashedText }),
    entry: {
      occurredAt: row.occurredAt!,
      actorId: row.actorId,
      actorRole: row.actorRole,
      action: row.action!,
      objectType: row.objectType!,
      objectId: row.objectId,
      before: row.before,
      after: row.after,
    },
  };
}
