import { addDays } from '@quorum/core';
import type { DeadlinePayload } from '../jobs/job-catalogue';

/** How far ahead the town hall hears of a deadline: a week. */
export const DEADLINE_NOTICE_DAYS = 7;

/**
 * Where a deadline of the town hall stands on a day (SPEC §5): due within 7 days, due tomorrow
 * (or today), or passed; null while it is further off. Each stage is told once.
 */
export function deadlineStage(due: string, today: string): DeadlinePayload['stage'] | null {
  if (due < today) return 'OVERDUE';
  if (due <= addDays(today, 1)) return 'DUE_TOMORROW';
  if (due <= addDays(today, DEADLINE_NOTICE_DAYS)) return 'DUE_IN_7_DAYS';
  return null;
}
