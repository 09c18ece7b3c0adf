const DAY_MS = 86_400_000;

/**
 * The day by which the town hall answers an adopted proposal: `responseDeadlineDays` calendar
 * days after the day of the decision (days, not instants: a DST change in between changes nothing).
 */
export function answerDeadline(decisionDay: string, responseDeadlineDays: number): string {
  const [y, m, d] = decisionDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + responseDeadlineDays * DAY_MS).toISOString().slice(0, 10);
}

/** An answer is overdue, in public, once the day after its deadline comes and it is still not given. */
export const answerOverdue = (status: string, deadline: string | null, today: string): boolean =>
  status === 'ADOPTED' && deadline !== null && deadline < today;
