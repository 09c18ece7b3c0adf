// The convocation's notice in clear days (jours francs), as the API counts it: whole calendar days
// of the town strictly between the convocation and the meeting. Only for what the page says; the
// API refuses a late convocation itself.
const ZONE = 'Europe/Paris';
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The town's calendar day of an instant, "YYYY-MM-DD". */
export const townDay = (instant: Date | string) => DAY.format(new Date(instant));

function shift(dayText: string, days: number): string {
  const [y, m, d] = dayText.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The last day a convocation may be sent (noon UTC of it, for `day()` in lib/format): the
 * meeting's day minus the notice and one more (the meeting's own day is not a clear day). With a
 * notice of 0, the meeting's day itself.
 */
export function lastDayToConvene(startsAt: string, noticeDays: number): string {
  const last = noticeDays === 0 ? townDay(startsAt) : shift(townDay(startsAt), -noticeDays - 1);
  return `${last}T12:00:00Z`;
}

/** Whether, on `now`'s day, a convocation would come too late (or the meeting has begun). */
export function tooLateToConvene(startsAt: string, noticeDays: number, now = new Date()): boolean {
  if (Date.parse(startsAt) <= now.getTime()) return true;
  return townDay(now) > lastDayToConvene(startsAt, noticeDays).slice(0, 10);
}

/** "5 jours francs", "1 jour franc". */
export const clearDays = (n: number) => (n <= 1 ? `${n} jour franc` : `${n} jours francs`);

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(
    PARTS.formatToParts(new Date(instant)).map((x) => [x.type, x.value]),
  );
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
  return Math.round((local - instant) / 60_000);
}

/** Whether "YYYY-MM-DD" names a day of the calendar (not 31 February, which Date.UTC rolls over). */
export function isCalendarDay(date: string): boolean {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!d) return false;
  const back = new Date(Date.UTC(+d[1], +d[2] - 1, +d[3]));
  return (
    back.getUTCFullYear() === +d[1] &&
    back.getUTCMonth() === +d[2] - 1 &&
    back.getUTCDate() === +d[3]
  );
}

/** Whether "HH:MM" is a time of a day, 00:00 to 23:59 (not 25:00, which Date.UTC rolls over). */
export const isClockTime = (time: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(time);

/**
 * The instant of a date and time of the town ("2026-12-10", "19:00"), as ISO 8601; null when
 * either is not one (a day or an hour that does not exist included). What the form's two fields
 * mean, whatever the server's own time zone.
 */
export function townInstant(date: string, time: string): string | null {
  if (!isCalendarDay(date) || !isClockTime(time)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  // Twice: the offset of the guess may differ from the offset of the answer near a change of hour.
  const first = asUtc - offsetAt(asUtc) * 60_000;
  return new Date(asUtc - offsetAt(first) * 60_000).toISOString();
}
