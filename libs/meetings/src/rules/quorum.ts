import type { AttendanceStatus } from '../attendance/attendance.entity';

/**
 * Quorum (SPEC §2, §4): the members present or represented needed for a vote. The charter may set
 * it; by default it is the majority of the members in office, frozen when the meeting opens.
 */

/** The majority of the members in office: more than half of them. */
export const majorityOf = (membersInOffice: number): number => Math.floor(membersInOffice / 2) + 1;

/** The charter's quorum when it sets one, else the majority of the members in office. */
export const quorumRequired = (charterQuorum: number | null, membersInOffice: number): number =>
  charterQuorum ?? majorityOf(membersInOffice);

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
