// The meeting day's data, shared by /seances/:id/direct and /seances/:id/projection: the meeting
// as anyone may read it, its council's members in office and what the signed-in person may do
// (the API decides each action; this only hides buttons a person could not use).
import type { RequestEvent } from '@sveltejs/kit';
import type { MeetingDayQuery } from '$lib/gql/graphql';
import { query } from './load';
import { CouncilMembersDocument, CouncilsDocument, MeetingDayDocument } from './operations';

export type DayMeeting = MeetingDayQuery['meeting'];
export type DayItem = DayMeeting['agenda'][number];

export interface DayMember {
  accountId: string;
  displayName: string;
  role: string;
}

/** The ballot the room is on: the open one, else the one closed last. */
export function currentItem(meeting: DayMeeting): DayItem | null {
  const voted = meeting.agenda.filter((i) => i.ballot);
  return (
    voted.find((i) => i.ballot?.status === 'OPEN') ??
    voted.sort((a, b) => (b.ballot?.openedAt ?? '').localeCompare(a.ballot?.openedAt ?? ''))[0] ??
    null
  );
}

/**
 * A council's slug by its id. The API finds a council by slug only, and the meeting gives its
 * council's id: the list of councils is read once for an id, then kept a few minutes in this
 * process, so a live page re-read asks only for the meeting and the council itself.
 */
const SLUG_TTL_MS = 5 * 60_000;
const known = new Map<string, { slug: string; name: string; until: number }>();
export async function councilRef(
  event: Pick<RequestEvent, 'locals'>,
  councilId: string,
): Promise<{ slug: string; name: string } | null> {
  const cached = known.get(councilId);
  if (cached && cached.until > Date.now()) return cached;
  const { councils } = await query(event, CouncilsDocument, {});
  const until = Date.now() + SLUG_TTL_MS;
  for (const { node } of councils.edges)
    known.set(node.id, { slug: node.slug, name: node.name, until });
  return known.get(councilId) ?? null;
}

export async function loadMeetingDay(event: Pick<RequestEvent, 'locals' | 'params'>) {
  const id = event.params.id ?? '';
  const { meeting } = await query(event, MeetingDayDocument, { id });
  const slug = (await councilRef(event, meeting.councilId))?.slug;
  const council = slug ? (await query(event, CouncilMembersDocument, { slug })).council : null;
  const members: DayMember[] = (council?.colleges ?? [])
    .flatMap((c) => c.members)
    .map((m) => ({ accountId: m.accountId, displayName: m.displayName, role: m.role }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  const me = event.locals.me;
  const mine = members.find((m) => m.accountId === me?.id);
  const agent = me?.role === 'AGENT' || me?.role === 'ADMIN';
  return {
    meeting,
    council: council ? { name: council.name, slug: council.slug } : null,
    members,
    me: me ? { id: me.id, displayName: me.displayName } : null,
    /** Chair, co-chair or agent: opens and closes the meeting and its ballots. */
    chairs: agent || mine?.role === 'CHAIR' || mine?.role === 'CO_CHAIR',
    /** …and the secretary: records attendance. */
    recordsAttendance:
      agent || (mine !== undefined && ['CHAIR', 'CO_CHAIR', 'SECRETARY'].includes(mine.role)),
  };
}
