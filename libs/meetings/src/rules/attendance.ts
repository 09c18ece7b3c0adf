import type { AttendanceLine } from './attendance-line';

/**
 * Attendance (SPEC §4): each member in office at the opening is present, absent, or represented
 * by a present member holding their proxy; a member holds one proxy at most, and a proxy is never
 * held by a represented member (no chains). The unique index `attendance_one_proxy_key` is the
 * database's form of "one proxy each"; the check runs here first, under the meeting's lock.
 */

/** What is wrong with an attendance change, and which part of the input says it. */
export type AttendanceProblem =
  | { entry: number; problem: 'NOT_A_MEMBER' | 'TWICE' | 'HOLDER_NOT_A_MEMBER' }
  | {
      entry: number;
      problem: 'PROXY_REQUIRED' | 'PROXY_ONLY_WHEN_REPRESENTED' | 'PROXY_TO_ONESELF';
    }
  | { entry: null; problem: 'ONE_PROXY_EACH' | 'HOLDER_NOT_PRESENT' };

/** An entry of the input: `proxyHolderId` as given (empty or missing when there is none). */
export interface AttendanceChange {
  accountId: string;
  status: AttendanceLine['status'];
  proxyHolderId?: string | null;
}

/** The sheet once the changes are made: entries replace the lines of their members. */
export function applyAttendance(
  sheet: readonly AttendanceLine[],
  changes: readonly AttendanceChange[],
): AttendanceLine[] {
  const changed = new Map(changes.map((c) => [c.accountId, c]));
  return sheet.map((line) => {
    const change = changed.get(line.accountId);
    return change
      ? {
          accountId: line.accountId,
          status: change.status,
          proxyHolderId: change.proxyHolderId ?? null,
        }
      : line;
  });
}

/** The first entry that cannot be, in the order given; each entry is checked whole before the next. */
function entryProblem(
  members: ReadonlySet<string>,
  changes: readonly AttendanceChange[],
): AttendanceProblem | null {
  const seen = new Set<string>();
  for (const [entry, change] of changes.entries()) {
    if (!members.has(change.accountId)) return { entry, problem: 'NOT_A_MEMBER' };
    if (seen.has(change.accountId)) return { entry, problem: 'TWICE' };
    seen.add(change.accountId);
    const represented = change.status === 'REPRESENTED';
    if (represented && !change.proxyHolderId) return { entry, problem: 'PROXY_REQUIRED' };
    if (!represented && change.proxyHolderId)
      return { entry, problem: 'PROXY_ONLY_WHEN_REPRESENTED' };
    if (represented && change.proxyHolderId === change.accountId)
      return { entry, problem: 'PROXY_TO_ONESELF' };
    if (represented && !members.has(change.proxyHolderId!))
      return { entry, problem: 'HOLDER_NOT_A_MEMBER' };
  }
  return null;
}

/** What is wrong with a whole sheet: a member holding two proxies, or a proxy held by someone not present. */
export function sheetProblem(sheet: readonly AttendanceLine[]): AttendanceProblem | null {
  const holders = sheet.flatMap((line) => (line.proxyHolderId ? [line.proxyHolderId] : []));
  if (new Set(holders).size !== holders.length) return { entry: null, problem: 'ONE_PROXY_EACH' };
  const status = new Map(sheet.map((line) => [line.accountId, line.status]));
  if (holders.some((holder) => status.get(holder) !== 'PRESENT'))
    return { entry: null, problem: 'HOLDER_NOT_PRESENT' };
  return null;
}

/** Why `changes` cannot be made to `sheet` (the members in office at the opening), or null. */
export function attendanceProblem(
  sheet: readonly AttendanceLine[],
  changes: readonly AttendanceChange[],
): AttendanceProblem | null {
  const members = new Set(sheet.map((line) => line.accountId));
  return entryProblem(members, changes) ?? sheetProblem(applyAttendance(sheet, changes));
}
