import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

/**
 * The audit chain as anyone recomputes it from `/open-data/audit.jsonl` (one JSON object a line,
 * oldest first), without the database. Version 2 (migration AuditPayloadDigest):
 *
 *   payloadHash = sha256(payload)          payload: the canonical text of the entry's fields
 *   hash        = sha256("quorum-audit-v2:" + prevHash + ":" + id + ":" + payloadHash)
 *
 * A public line carries `payload` (and the same fields parsed, in `entry`); a private line its
 * hashes only, which is enough for the link. Version-1 rows (before the migration) hashed their
 * fields directly: a public one carries `hashedText` (sha256(hashedText) = hash), a private one
 * cannot be recomputed by the public and is only counted, its link to the next row still checked.
 */

export const GENESIS_HASH = '0'.repeat(64);

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

export const linkHash = (prevHash: string, id: string, payloadHash: string): string =>
  sha256Hex(`quorum-audit-v2:${prevHash}:${id}:${payloadHash}`);

/** One line of the export. */
export interface AuditExportLine {
  id: string;
  prevHash: string;
  hash: string;
  payloadHash: string | null;
  public: boolean;
  payload?: string | null;
  hashedText?: string | null;
  entry?: {
    occurredAt: string;
    actorId: string | null;
    actorRole: string | null;
    action: string;
    objectType: string;
    objectId: string | null;
    before: unknown;
    after: unknown;
  } | null;
}

export interface ChainState {
  checked: number;
  lastId: string | null;
  lastHash: string;
  seenV2: boolean;
  /** Version-1 private rows, whose hash the public cannot recompute. */
  unverifiable: number;
  firstBroken: { id: string; reason: string } | null;
}

export const initialChainState = (): ChainState => ({
  checked: 0,
  lastId: null,
  lastHash: GENESIS_HASH,
  seenV2: false,
  unverifiable: 0,
  firstBroken: null,
});

/** Why a line does not hold, or null: its link, its own hash, and its clear fields. */
export function lineProblem(state: ChainState, line: AuditExportLine): string | null {
  if (state.lastId !== null && BigInt(line.id) <= BigInt(state.lastId)) return 'out of order';
  if (line.prevHash !== state.lastHash) return 'prevHash is not the previous hash';
  if (line.payloadHash) {
    if (line.hash !== linkHash(line.prevHash, line.id, line.payloadHash)) return 'hash';
    if (!line.public) return null;
    if (typeof line.payload !== 'string' || sha256Hex(line.payload) !== line.payloadHash)
      return 'payload does not match payloadHash';
    return entryProblem(line, JSON.parse(line.payload) as unknown[]);
  }
  if (state.seenV2) return 'version-1 row after version 2';
  if (!line.public) return null;
  if (typeof line.hashedText !== 'string' || sha256Hex(line.hashedText) !== line.hash)
    return 'hashedText does not match hash';
  const hashed = JSON.parse(line.hashedText) as unknown[];
  if (hashed[0] !== line.prevHash) return 'hashedText names another prevHash';
  return entryProblem(line, hashed.slice(1));
}

/** The fields in clear must be those hashed: [id, occurred µs, actor, role, action, type, object, before, after, …]. */
function entryProblem(line: AuditExportLine, fields: unknown[]): string | null {
  const e = line.entry;
  if (!e) return 'public line without its entry';
  const [id, micros, actorId, actorRole, action, objectType, objectId, before, after] = fields;
  const sameTime = Math.floor(Number(micros) / 1000) === new Date(e.occurredAt).getTime();
  const same =
    String(id) === line.id &&
    sameTime &&
    actorId === e.actorId &&
    actorRole === e.actorRole &&
    action === e.action &&
    objectType === e.objectType &&
    objectId === e.objectId &&
    isDeepStrictEqual(before, e.before) &&
    isDeepStrictEqual(after, e.after);
  return same ? null : 'entry differs from what was hashed';
}

/** The state after one more line (the first broken link is kept, the count goes on). */
export function chainStep(state: ChainState, line: AuditExportLine): ChainState {
  const problem = lineProblem(state, line);
  return {
    checked: state.checked + 1,
    lastId: line.id,
    lastHash: line.hash,
    seenV2: state.seenV2 || Boolean(line.payloadHash),
    unverifiable: state.unverifiable + (!line.payloadHash && !line.public ? 1 : 0),
    firstBroken: state.firstBroken ?? (problem ? { id: line.id, reason: problem } : null),
  };
}

/**
 * Anchors (`<link id>:<hash>`, as printed in published minutes) the lines must match; returns the
 * first anchor the chain contradicts (a different hash, or a link it never reached).
 */
export function anchorProblem(
  anchors: Map<string, string>,
  hashes: Map<string, string>,
): string | null {
  for (const [id, hash] of anchors) {
    const found = hashes.get(id);
    if (found !== hash) return `${id}:${hash} (chain has ${found ?? 'no such link'})`;
  }
  return null;
}
