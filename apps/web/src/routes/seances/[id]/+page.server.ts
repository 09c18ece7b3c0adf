import type { PageServerLoad } from './$types';
import { MEETING_STATUS, dateTime } from '$lib/format';
import { query } from '$lib/server/load';
import { MeetingDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { meeting } = await query(event, MeetingDocument, { id: event.params.id });
  return {
    title: `Séance du ${dateTime(meeting.startsAt)} (${MEETING_STATUS[meeting.status]})`,
    meeting,
  };
};
