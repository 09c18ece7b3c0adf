import { addDays, daysFromTo } from '@quorum/core';

/** An entry not checked for this many days is flagged on the page (issue 19). */
export const STALE_AFTER_DAYS = 90;

/** The day an entry becomes stale unless it is checked again. */
export const checkDueOn = (lastCheckedOn: string): string =>
  addDays(lastCheckedOn, STALE_AFTER_DAYS);

/** Whether an entry last checked on that day is stale today (both days in the town). */
export const isStale = (lastCheckedOn: string, today: string): boolean =>
  daysFromTo(lastCheckedOn, today) >= STALE_AFTER_DAYS;

/**
 * The last day an entry is fresh: its reminders count down to it (rules of the outbox's deadline
 * stages: 7 days before, the day before, then past), so "past" falls on the day it turns stale.
 */
export const lastFreshDay = (lastCheckedOn: string): string =>
  addDays(lastCheckedOn, STALE_AFTER_DAYS - 1);
