import type { AccessStatus } from '../place.entity';

/**
 * The progress toward "zero inaccessible place by the end of the term", computed from the history
 * of checks (never stored twice): a place's state on a day is the overall result of its latest
 * check on or before that day, UNKNOWN before its first check. Days are the town's (YYYY-MM-DD),
 * compared as strings.
 */

/** The term of the municipal council elected in March 2026 ends with the elections of March 2032. */
export const TERM_ENDS_ON = '2032-03-31';

/** How many months the series shows at most, ending with the current one. */
export const SERIES_MONTHS = 36;

export interface Tally {
  accessible: number;
  notAccessible: number;
  unknown: number;
}

export interface PlaceHistory {
  /** The day it entered the register. */
  since: string;
  /** Its checks in the order they were recorded: of two checks on one day, the later counts. */
  checks: readonly { checkedOn: string; overall: AccessStatus }[];
}

export interface ProgressPoint extends Tally {
  /** YYYY-MM */
  month: string;
  /** The day counted: the month's last day, or today for the current month. */
  day: string;
}

export const emptyTally = (): Tally => ({ accessible: 0, notAccessible: 0, unknown: 0 });

export function add(tally: Tally, status: AccessStatus): Tally {
  if (status === 'ACCESSIBLE') tally.accessible += 1;
  else if (status === 'NOT_ACCESSIBLE') tally.notAccessible += 1;
  else tally.unknown += 1;
  return tally;
}

/** A place's state on `day`, or null when it was not yet in the register. */
export function stateOn(place: PlaceHistory, day: string): AccessStatus | null {
  const firstCheck = place.checks.reduce<string | null>(
    (first, check) => (first === null || check.checkedOn < first ? check.checkedOn : first),
    null,
  );
  const since = firstCheck !== null && firstCheck < place.since ? firstCheck : place.since;
  if (day < since) return null;
  let latest: { checkedOn: string; overall: AccessStatus } | null = null;
  for (const check of place.checks) {
    if (check.checkedOn <= day && (latest === null || check.checkedOn >= latest.checkedOn)) {
      latest = check;
    }
  }
  return latest?.overall ?? 'UNKNOWN';
}

/** The last day of a month `YYYY-MM`. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * One point a month, from the month the first place entered the register (at most
 * SERIES_MONTHS back) to the current month, counted on its last day (today for the current one).
 */
export function progressSeries(places: readonly PlaceHistory[], today: string): ProgressPoint[] {
  const current = today.slice(0, 7);
  let start = current;
  for (const place of places) {
    for (const day of [place.since, ...place.checks.map((check) => check.checkedOn)]) {
      if (day.slice(0, 7) < start) start = day.slice(0, 7);
    }
  }
  const months: string[] = [];
  for (let month = start; month <= current; month = nextMonth(month)) months.push(month);
  return months.slice(-SERIES_MONTHS).map((month) => {
    const day = month === current ? today : lastDayOf(month);
    const tally = emptyTally();
    for (const place of places) {
      const state = stateOn(place, day);
      if (state !== null) add(tally, state);
    }
    return { month, day, ...tally };
  });
}

/** Today's counts grouped by a key (a kind, a council), in the keys' first-seen order. */
export function tallyBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  statusOf: (item: T) => AccessStatus,
): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const item of items) {
    const key = keyOf(item);
    add(out.get(key) ?? out.set(key, emptyTally()).get(key)!, statusOf(item));
  }
  return out;
}
