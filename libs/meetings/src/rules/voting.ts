import type { AttendanceLine } from './attendance-line';

/**
 * Who may vote (SPEC §4): a present member, for themself; a present member holding a represented
 * member's proxy, for that member. Absent members do not vote, nor does anyone for them. That each
 * votes once is the database's (primary key of the vote tables), not this rule's.
 */

/** Why a vote is refused: not present (for oneself), or not the present holder of that proxy. */
export type VoteRefusal = 'NOT_PRESENT' | 'NOT_PROXY_HOLDER';

/**
 * Whether the member of `attendance` may cast a vote: for themself when `represented` is absent,
 * or for the member `represented` (their attendance line; undefined when unknown).
 */
export function voteRefusal(
  attendance: AttendanceLine | undefined,
  represented?: AttendanceLine | null,
): VoteRefusal | null {
  const present = attendance?.status === 'PRESENT';
  if (represented === undefined || represented === null) return present ? null : 'NOT_PRESENT';
  const holdsProxy =
    represented.status === 'REPRESENTED' &&
    attendance !== undefined &&
    represented.proxyHolderId === attendance.accountId;
  return present && holdsProxy ? null : 'NOT_PROXY_HOLDER';
}

/** `canVote(attendance, proxy)`: true when `voteRefusal` finds nothing to refuse. */
export const canVote = (
  attendance: AttendanceLine | undefined,
  represented?: AttendanceLine | null,
): boolean => voteRefusal(attendance, represented) === null;

/** The votes a meeting's attendance allows: who casts each, for whom. */
export function votesAllowed(
  attendance: readonly AttendanceLine[],
): { castBy: string; voterId: string }[] {
  const byId = new Map(attendance.map((line) => [line.accountId, line]));
  const votes: { castBy: string; voterId: string }[] = [];
  for (const line of attendance) {
    if (canVote(line)) votes.push({ castBy: line.accountId, voterId: line.accountId });
    else if (line.proxyHolderId && canVote(byId.get(line.proxyHolderId), line))
      votes.push({ castBy: line.proxyHolderId, voterId: line.accountId });
  }
  return votes;
}
