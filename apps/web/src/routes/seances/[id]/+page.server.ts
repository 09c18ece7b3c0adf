import type { PageServerLoad } from './$types';
import { MEETING_STATUS, dateTime } from '$lib/format';
import { query } from '$lib/server/load';
import {
  CouncilsDocument,
  MeetingRecordDocument,
  MeetingRegisteredPlaceDocument,
} from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const [{ meeting }, { councils }, { meeting: where }] = await Promise.all([
    query(event, MeetingRecordDocument, { id: event.params.id }),
    query(event, CouncilsDocument, {}),
    query(event, MeetingRegisteredPlaceDocument, { id: event.params.id }),
  ]);
  // The meeting names its council by id; its page and calendar go by slug.
  const council = councils.edges.map((e) => e.node).find((c) => c.id === meeting.councilId);
  return {
    title: `Séance du ${dateTime(meeting.startsAt)} (${MEETING_STATUS[meeting.status]})`,
    meeting,
    registeredPlace: where.registeredPlace ?? null,
    council: council ? { name: council.name, slug: council.slug } : null,
  };
};
