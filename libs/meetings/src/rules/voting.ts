import type { AttendanceLine } from './attendance-line';

/**
 * Who may vote (SPEC §4): a present member, for themself; a present member holding a represented
 * member's proxy, for that member. Absent members do not vote, nor does anyone for them. That each
 * votes once is the database's (primary key of the vote tables), not this rule's.
 */

/** Why a vote is refused: not present (for oneself), or not the present holder of that proxy. */
export type VoteRefusal = 'NOT_PRESENT' | 'NOT_PROXY_HOLDER';

/**
 * Whether the member of `attendance` (their line; undefined when they have none) may cast a vote:
 * for themself when `onBehalfOf` is left out, or for the member `onBehalfOf` (that member's line;
 * null when the meeting records none, and then nobody holds their proxy).
 */
export function voteRefusal(
  attendance: AttendanceLine | undefined,
  onBehalfOf?: AttendanceLine | null,
): VoteRefusal | null {
  const present = attendance?.status === 'PRESENT';
  if (onBehalfOf === undefined) return present ? null : 'NOT_PRESENT';
  const holdsProxy =
    onBehalfOf !== null &&
    onBehalfOf.status === 'REPRESENTED' &&
    attendance !== undefined &&
    onBehalfOf.proxyHolderId === attendance.accountId;
  return present && holdsProxy ? null : 'NOT_PROXY_HOLDER';
}
