/**
 * Europe/Paris as a VTIMEZONE, written here rather than fetched: the EU rule in force since 1996
 * (summer time from the last Sunday of March, 02:00, to the last Sunday of October, 03:00).
 * ical-generator asks for it through its `timezone.generator` hook; a calendar client reads the
 * events' local times with it, and the events carry TZID=Europe/Paris.
 */
export const EUROPE_PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'X-LIC-LOCATION:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The hook: the definition for Europe/Paris, nothing for a zone we do not use. */
export const vtimezoneOf = (zone: string): string | null =>
  zone === 'Europe/Paris' ? EUROPE_PARIS_VTIMEZONE : null;
