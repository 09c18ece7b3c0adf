import type { PageServerLoad } from './$types';
import { dateTime } from '$lib/format';
import { query } from '$lib/server/load';
import { councilRef, currentItem } from '$lib/server/meeting-day';
import { MeetingDayDocument } from '$lib/server/operations';

/** The projector's view of a meeting: public, no controls, what the room needs to read. */
export const load: PageServerLoad = async (event) => {
  const { meeting } = await query(event, MeetingDayDocument, { id: event.params.id });
  const council = await councilRef(event, meeting.councilId);
  return {
    title: `Projection de la séance du ${dateTime(meeting.startsAt)}`,
    councilName: council?.name ?? null,
    meeting,
    current: currentItem(meeting),
  };
};
