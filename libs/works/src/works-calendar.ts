import ical from 'ical-generator';

/** What a works project says in a calendar (dates YYYY-MM-DD). */
export interface CalendarWorks {
  id: string;
  title: string;
  description: string;
  address: string;
  startsOn: string;
  endsOn: string;
  detour: string;
  accessible: boolean;
  detourVersion: number;
  updatedAt: Date;
  createdAt: Date;
}

export interface WorksCalendarContext {
  title: string;
  publicUrl: string;
}

/** The day after `day` as a Date at UTC midnight: an all-day event's DTEND is exclusive. */
const utcDay = (day: string, plus = 0) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d;
};

/**
 * An iCalendar of works (the library issue 15 used for the meetings): one all-day event per
 * project, from its first day to its last, its UID the project's id and its SEQUENCE the detour's
 * version, so a subscribed calendar replaces the event when the detour changes.
 */
export function worksCalendar(works: CalendarWorks[], context: WorksCalendarContext): string {
  const host = new URL(context.publicUrl).host;
  const calendar = ical({
    name: context.title,
    prodId: { company: 'Quorum', product: 'Travaux', language: 'FR' },
    url: `${context.publicUrl}/travaux`,
  });
  for (const w of works) {
    const url = `${context.publicUrl}/travaux/${w.id}`;
    calendar.createEvent({
      id: `works-${w.id}@${host}`,
      sequence: w.detourVersion,
      allDay: true,
      start: utcDay(w.startsOn),
      end: utcDay(w.endsOn, 1),
      stamp: w.updatedAt,
      lastModified: w.updatedAt,
      created: w.createdAt,
      summary: `Travaux : ${w.title}`,
      location: w.address,
      description: [
        w.description,
        '',
        `Itinéraire de déviation\u00a0: ${w.detour}`,
        w.accessible
          ? 'Déviation accessible aux personnes à mobilité réduite.'
          : 'Déviation non accessible aux personnes à mobilité réduite.',
        '',
        url,
      ].join('\n'),
      url,
    });
  }
  return calendar.toString();
}
