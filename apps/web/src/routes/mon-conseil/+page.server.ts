import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { myCouncils } from '$lib/server/memberships';
import { ConvocationsDocument, CouncilMeetingsDocument } from '$lib/server/operations';

/** Meetings still ahead: in preparation, convened or open. */
const AHEAD = ['DRAFT', 'CONVENED', 'OPEN'];
/** What the town hall sends members about their meetings. */
const CONVOCATIONS = ['MEETING_CONVENED', 'MEETING_CANCELLED', 'MEETING_REMINDER'];

export const load: PageServerLoad = async (event) => {
  const { councils } = await myCouncils(event);
  const [meetings, inbox] = await Promise.all([
    Promise.all(councils.map((c) => query(event, CouncilMeetingsDocument, { councilId: c.id }))),
    query(event, ConvocationsDocument, {}),
  ]);
  return {
    title: 'Mon conseil',
    councils: councils.map((council, i) => ({
      ...council,
      meetings: meetings[i].meetings.edges
        .map((e) => e.node)
        .filter((m) => AHEAD.includes(m.status))
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    })),
    convocations: inbox.notifications.edges
      .map((e) => e.node)
      .filter((n) => CONVOCATIONS.includes(n.event)),
  };
};
