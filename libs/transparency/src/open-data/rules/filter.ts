/**
 * The filters of an open-data file (`?council=<slug>&since=<day>&until=<day>`), read from the
 * query string. A day is a calendar day in the town, both bounds inclusive. Anything else in the
 * query is refused rather than ignored: a misspelt filter must not return the whole dataset as
 * if it had applied.
 */

export interface OpenDataFilter {
  councilSlug: string | null;
  since: string | null;
  until: string | null;
}

export type FilterProblem =
  | { field: 'council'; problem: 'NOT_A_SLUG' }
  | { field: 'since' | 'until'; problem: 'NOT_A_DAY' }
  | { field: 'until'; problem: 'BEFORE_SINCE' }
  | { field: string; problem: 'UNKNOWN' | 'REPEATED' };

export const FILTER_NAMES = ['council', 'since', 'until'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    y >= 1900
  );
}

export function parseOpenDataFilter(
  query: Record<string, unknown>,
): OpenDataFilter | FilterProblem {
  for (const [name, value] of Object.entries(query)) {
    if (!(FILTER_NAMES as readonly string[]).includes(name))
      return { field: name, problem: 'UNKNOWN' };
    if (typeof value !== 'string') return { field: name, problem: 'REPEATED' };
  }
  const read = (name: string): string | null => {
    const value = query[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const councilSlug = read('council');
  if (councilSlug !== null && !SLUG.test(councilSlug))
    return { field: 'council', problem: 'NOT_A_SLUG' };
  const since = read('since');
  if (since !== null && !isCalendarDay(since)) return { field: 'since', problem: 'NOT_A_DAY' };
  const until = read('until');
  if (until !== null && !isCalendarDay(until)) return { field: 'until', problem: 'NOT_A_DAY' };
  if (since !== null && until !== null && until < since)
    return { field: 'until', problem: 'BEFORE_SINCE' };
  return { councilSlug, since, until };
}

export const isFilterProblem = (value: OpenDataFilter | FilterProblem): value is FilterProblem =>
  'problem' in value;
