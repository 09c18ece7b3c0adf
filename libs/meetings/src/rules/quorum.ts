import type { AttendanceStatus } from '../attendance/attendance.entity';

/**
 * Quorum (SPEC §2, §4): the members present or represented needed for a vote, frozen when the
 * meeting opens. How many are required is the councils' rule (`quorumRequired`, from the charter
 * and the members in office); whether a meeting or a ballot's close reaches it is this file's.
 */

export interface QuorumCount {
  present: number;
  represented: number;
}

/** Present and represented members of an attendance sheet; absent members count for nothing. */
export function countAttendance(attendance: readonly { status: AttendanceStatus }[]): QuorumCount {
  let present = 0;
  let represented = 0;
  for (const { status } of attendance) {
    if (status === 'PRESENT') present += 1;
    else if (status === 'REPRESENTED') represented += 1;
  }
  return { present, represented };
}

/** Members who count towards the quorum: present and represented alike. */
export const countedTowardsQuorum = ({ present, represented }: QuorumCount): number =>
  present + represented;

/** Whether the quorum is reached: as many present or represented members as required, or more. */
export const quorumReached = (count: QuorumCount, required: number): boolean =>
  countedTowardsQuorum(count) >= required;

export interface QuorumState extends QuorumCount {
  membersInOffice: number;
  required: number;
  reached: boolean;
}

/** The quorum of an open meeting, from its attendance and what was frozen at the opening. */
export function quorumOf(
  attendance: readonly { status: AttendanceStatus }[],
  frozen: { membersInOffice: number; required: number },
): QuorumState {
  const count = countAttendance(attendance);
  return { ...frozen, ...count, reached: quorumReached(count, frozen.required) };
}
