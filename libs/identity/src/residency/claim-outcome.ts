/** What the claim statement saw: ids as text, null when absent. */
export interface ClaimRow {
  /** The entry this statement claimed for the caller. */
  claimedId: string | null;
  /** The entry the caller already held. */
  mineId: string | null;
  /** The entry matching the typed data. */
  entryId: string | null;
  /** Who holds that entry. */
  holderId: string | null;
}

export type ClaimOutcome =
  | { kind: 'claimed'; entryId: string }
  | { kind: 'already-mine' }
  | { kind: 'linked-elsewhere' }
  | { kind: 'contested'; entryId: string }
  | { kind: 'no-match' };

/**
 * A claim's outcome. `contested` (someone else holds the entry) and `no-match` must look the
 * same to the caller; only agents learn the difference.
 */
export function claimOutcome(row: ClaimRow, accountId: string): ClaimOutcome {
  if (row.claimedId) return { kind: 'claimed', entryId: row.claimedId };
  if (row.mineId)
    return row.mineId === row.entryId ? { kind: 'already-mine' } : { kind: 'linked-elsewhere' };
  if (row.entryId && row.holderId === accountId) return { kind: 'already-mine' };
  if (row.entryId && row.holderId) return { kind: 'contested', entryId: row.entryId };
  return { kind: 'no-match' };
}

/**
 * The claim statement saw the entry free but could not claim it: a concurrent claim took it
 * after the statement's snapshot, so who holds it must be read again before deciding.
 */
export const mustRereadHolder = (row: ClaimRow): boolean =>
  row.entryId !== null && !row.claimedId && !row.mineId && !row.holderId;
