import { calendarDay, daysFromTo, type LocalizedText } from '@quorum/core';

/** A meeting may open from this long before its announced time. */
export const OPENING_MARGIN_MS = 2 * 3_600_000;

/**
 * Clear days (jours francs) between a convocation and a meeting: the whole calendar days strictly
 * between the day of the one and the day of the other, in the town's time zone. A meeting the next
 * day leaves 0; on the same day, -1.
 */
export function clearDaysBetween(convocation: Date, meeting: Date, timeZone: string): number {
  return daysFromTo(calendarDay(convocation, timeZone), calendarDay(meeting, timeZone)) - 1;
}

/**
 * Whether a convocation sent at `now` gives the notice the charter asks. A notice of 0 days asks
 * for none: any time before the meeting will do, the same day included (an urgent meeting).
 */
export function noticeHolds(
  now: Date,
  meetingStart: Date,
  noticeDays: number,
  timeZone: string,
): boolean {
  if (meetingStart.getTime() <= now.getTime()) return false;
  return noticeDays === 0 || clearDaysBetween(now, meetingStart, timeZone) >= noticeDays;
}

/** Whether a meeting may be opened at `now`: from OPENING_MARGIN_MS before its time, and after. */
export const mayOpen = (now: Date, startsAt: Date): boolean =>
  startsAt.getTime() - now.getTime() <= OPENING_MARGIN_MS;

const clearDaysFr = (n: number) => (n <= 1 ? `${n} jour franc` : `${n} jours francs`);
const clearDaysEn = (n: number) => (n === 1 ? '1 clear day' : `${n} clear days`);

/** Why a convocation is too late, in whole sentences for each case. */
export function convocationTooLate(
  now: Date,
  meetingStart: Date,
  noticeDays: number,
  timeZone: string,
): LocalizedText {
  if (meetingStart.getTime() <= now.getTime()) {
    return {
      fr: 'Trop tard pour convoquer : l’heure de la séance est passée.',
      en: 'Too late to convene: the time of the meeting has passed.',
    };
  }
  const left = Math.max(0, clearDaysBetween(now, meetingStart, timeZone));
  const fr =
    left === 0
      ? 'il n’en reste aucun'
      : left === 1
        ? 'il n’en reste qu’un'
        : `il en reste seulement ${left}`;
  return {
    fr: `Trop tard pour convoquer : la charte exige ${clearDaysFr(noticeDays)} entre la convocation et la séance, et ${fr}.`,
    en: `Too late to convene: the charter requires ${clearDaysEn(noticeDays)} between convocation and meeting, and ${left} ${left === 1 ? 'is' : 'are'} left.`,
  };
}
