import type { MinutesStatus } from '../minutes/minutes.entity';
import { nextMinutesStatus } from './minutes';

/**
 * Opposition statements (SPEC §3, §4): written by the council's opposition councillors in office,
 * on minutes before their publication or on an official answer, amended by their author only.
 */

/** An office held on the council, as far as the opposition's right goes. */
export interface Office {
  college: string;
  politicalGroup: string | null;
}

/** A statement is attached to exactly one thing: a version of the minutes, or a proposal. */
export const hasOneTarget = (target: {
  minutesId?: string | null;
  proposalId?: string | null;
}): boolean => !target.minutesId !== !target.proposalId;

/** The actor's opposition office on the council, if they hold one: the right to a statement. */
export const oppositionOffice = <O extends Office>(offices: readonly O[]): O | undefined =>
  offices.find((o) => o.college === 'ELECTED_OPPOSITION');

/** Minutes take statements until they are published; then they never change. */
export const minutesTakeStatements = (status: MinutesStatus): boolean =>
  nextMinutesStatus(status, 'STATEMENT') !== null;

/** A proposal takes statements once the town hall has answered it. */
export const answerTakesStatements = (proposalStatus: string): boolean =>
  proposalStatus === 'ANSWERED' || proposalStatus === 'IMPLEMENTED';

/** Only its author amends a statement, and only while they sit for the opposition. */
export function statementEditRefusal(
  authorId: string,
  actorId: string,
  actorOffices: readonly Office[],
): 'NOT_THE_AUTHOR' | 'OPPOSITION_ONLY' | null {
  if (authorId !== actorId) return 'NOT_THE_AUTHOR';
  return oppositionOffice(actorOffices) ? null : 'OPPOSITION_ONLY';
}
