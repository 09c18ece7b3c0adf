import { addDays } from '@quorum/core';

/**
 * The day by which the town hall answers an adopted proposal: `responseDeadlineDays` calendar
 * days after the day of the decision (days, not instants: a DST change in between changes nothing).
 */
export const answerDeadline = (decisionDay: string, responseDeadlineDays: number): string =>
  addDays(decisionDay, responseDeadlineDays);

/** An answer is overdue, in public, once the day after its deadline comes and it is still not given. */
export const answerOverdue = (status: string, deadline: string | null, today: string): boolean =>
  status === 'ADOPTED' && deadline !== null && deadline < today;
