/** Where a works project stands on the town's day `today` (all YYYY-MM-DD, compared as text). */
export type WorksPhase = 'COMING' | 'CURRENT' | 'FINISHED';

export function worksPhase(startsOn: string, endsOn: string, today: string): WorksPhase {
  if (today < startsOn) return 'COMING';
  if (today > endsOn) return 'FINISHED';
  return 'CURRENT';
}

/** A detour is reported on while the works are on: people walk it only then. */
export const reportable = (phase: WorksPhase): boolean => phase === 'CURRENT';

/** The town hall changes a detour until the works end; a finished project's history is closed. */
export const detourChangeable = (phase: WorksPhase): boolean => phase !== 'FINISHED';

export interface WorksDates {
  startsOn: string;
  endsOn: string;
  assessmentDueOn?: string | null;
}

/**
 * What is wrong with a project's dates on the town's day `today`, as `[field, French reason]`
 * pairs (empty: fine). A due day already past cannot be given: nobody could answer by it. An
 * edit that keeps the due day it had (`keptDueOn`) is not refused for it once that day is past.
 */
export function datesProblems(
  dates: WorksDates,
  today: string,
  keptDueOn: string | null = null,
): [string, string][] {
  const problems: [string, string][] = [];
  if (dates.endsOn < dates.startsOn)
    problems.push(['input.endsOn', 'la fin des travaux précède leur début']);
  if (dates.assessmentDueOn && dates.assessmentDueOn < today && dates.assessmentDueOn !== keptDueOn)
    problems.push([
      'input.assessmentDueOn',
      'la date limite de l’avis des associations est déjà passée',
    ]);
  if (dates.assessmentDueOn && dates.assessmentDueOn > dates.startsOn)
    problems.push([
      'input.assessmentDueOn',
      'l’avis des associations doit être rendu au plus tard le premier jour des travaux',
    ]);
  return problems;
}

/** Associations give their assessment up to and including the due day (none due: no request). */
export const assessmentOpen = (dueOn: string | null, today: string): boolean =>
  dueOn !== null && today <= dueOn;
