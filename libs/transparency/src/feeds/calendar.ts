import { TOWN_TIME_ZONE } from '@quorum/core';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { vtimezoneOf } from './europe-paris.vtimezone';
import type { CalendarMeetingRow } from './feeds.repository';

/** A meeting's length in the calendar: the data holds only its start, so an indicative two hours. */
const MEETING_HOURS = 2;

export interface CalendarContext {
  title: string;
  publicUrl: string;
}

/** What a person reads of a meeting in their calendar: the council, the place, accessibility, the agenda. */
export function meetingDescription(m: CalendarMeetingRow, publicUrl: string): string {
  const lines = [
    `Conseil de quartier ${m.council_name} — séance ${m.is_public ? 'publique' : 'à huis clos (compte rendu public)'}.`,
  ];
  if (m.status === 'CANCELLED')
    lines.push(`Séance annulée${m.cancel_reason ? ` : ${m.cancel_reason}` : '.'}`);
  lines.push(`Lieu : ${m.place}`);
  lines.push(
    `Accessibilité : ${m.accessible ? 'lieu accessible aux personnes à mobilité réduite' : 'lieu non accessible aux personnes à mobilité réduite'}${m.accessibility_details ? ` (${m.accessibility_details})` : ''}.`,
  );
  if (m.agenda) lines.push('', 'Ordre du jour :', m.agenda);
  lines.push('', `${publicUrl}/seances/${m.meeting_id}`);
  return lines.join('\n');
}

/**
 * An iCalendar of meetings: one event per meeting (not the drafts), its UID stable (the meeting's
 * id) and its SEQUENCE the meeting's revision, so a calendar that subscribed replaces the event
 * when the time or the place changes, and shows a cancellation as STATUS:CANCELLED.
 */
export function meetingsCalendar(rows: CalendarMeetingRow[], context: CalendarContext): string {
  const host = new URL(context.publicUrl).host;
  const calendar = ical({
    name: context.title,
    prodId: { company: 'Quorum', product: 'Conseils de quartier', language: 'FR' },
    // The events carry the zone; the calendar none, so DTSTAMP stays in UTC as RFC 5545 wants.
    timezone: { name: null, generator: vtimezoneOf },
    url: context.publicUrl,
  });
  for (const m of rows) {
    const start = DateTime.fromJSDate(m.starts_at, { zone: TOWN_TIME_ZONE });
    calendar.createEvent({
      id: `${m.meeting_id}@${host}`,
      sequence: m.revision,
      start,
      end: start.plus({ hours: MEETING_HOURS }),
      timezone: TOWN_TIME_ZONE,
      stamp: m.modified_at,
      lastModified: m.modified_at,
      created: m.convened_at ?? m.modified_at,
      summary: `${m.status === 'CANCELLED' ? 'ANNULÉE — ' : ''}Conseil de quartier ${m.council_name}`,
      location: m.place,
      description: meetingDescription(m, context.publicUrl),
      url: `${context.publicUrl}/seances/${m.meeting_id}`,
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
