import type { PageServerLoad } from './$types';
import { dateTime } from '$lib/format';
import { query } from '$lib/server/load';
import { currentItem } from '$lib/server/meeting-day';
import { CouncilsDocument, MeetingDayDocument } from '$lib/server/operations';

/** The projector's view of a meeting: public, no controls, what the room needs to read. */
export const load: PageServerLoad = async (event) => {
  const [{ meeting }, { councils }] = await Promise.all([
    query(event, MeetingDayDocument, { id: event.params.id }),
    query(event, CouncilsDocument, {}),
  ]);
  const council = councils.edges.map((e) => e.node).find((c) => c.id === meeting.councilId);
  return {
    title: `Projection de la séance du ${dateTime(meeting.startsAt)}`,
    councilName: council?.name ?? null,
    meeting,
    current: currentItem(meeting),
  };
};
