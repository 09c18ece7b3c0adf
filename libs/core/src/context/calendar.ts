import { TOWN_TIME_ZONE } from './clock';

const DAY_MS = 86_400_000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant, in a time zone. */
export function calendarDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** The day an instant falls on in the town: the day terms, notices and deadlines count. */
export const townDay = (instant: Date): string => calendarDay(instant, TOWN_TIME_ZONE);

/** Whole days from one calendar day to another (dates, not instants: no DST in between). */
export function daysFromTo(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** A calendar day plus whole days (a change of time in between changes nothing). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

const FRENCH_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TOWN_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/**
 * "jeudi 1er octobre 2026 à 18 h 30" (no minutes at the hour: "à 18 h"), in the town: the way
 * French writes a time in running text, as the web site does (WEB.md), not "18:30".
 */
export function frenchDateTime(instant: Date): string {
  const part = Object.fromEntries(
    FRENCH_DATE_TIME.formatToParts(instant).map((p) => [p.type, p.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
  const day = part.day === '1' ? '1er' : part.day;
  const minutes = part.minute === '00' ? '' : ` ${part.minute}`;
  return `${part.weekday} ${day} ${part.month} ${part.year} à ${Number(part.hour)}\u00a0h${minutes}`;
}

const FRENCH_DATE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * A calendar day (YYYY-MM-DD) as running French text: "lundi 1er février 2027". Formatted at
 * midnight UTC of that date: the day is already the town’s, no time zone applies.
 */
export function frenchDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const part = Object.fromEntries(
    FRENCH_DATE.formatToParts(new Date(Date.UTC(y, m - 1, d))).map((p) => [p.type, p.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
  return `${part.weekday} ${part.day === '1' ? '1er' : part.day} ${part.month} ${part.year}`;
}
