// The councils the signed-in person sits on, read from the councils' public lists of members in
// office (the API has no "my memberships" query). What it allows is only what the site shows:
// the API decides every action again.
import { error, type RequestEvent } from '@sveltejs/kit';
import type { MyCouncilsQuery } from '$lib/gql/graphql';
import { call } from './api';
import { signedIn } from './guard';
import { query } from './load';
import { MyCouncilsDocument } from './operations';

type CouncilNode = MyCouncilsQuery['councils']['edges'][number]['node'];
export type Seat = CouncilNode['colleges'][number]['members'][number];

export interface MyCouncil {
  id: string;
  name: string;
  slug: string;
  neighbourhood: string;
  noticeDays: number;
  oppositionQuota: number;
  seats: Seat[];
  /** Chair or co-chair: schedules, builds the agenda, convenes and cancels. */
  setsAgenda: boolean;
  /** Elected opposition: its items within the quota, its statements. */
  opposition: boolean;
}

function mine(councils: MyCouncilsQuery['councils'], accountId: string): MyCouncil[] {
  return councils.edges
    .map(({ node }) => {
      const seats = node.colleges
        .flatMap((c) => c.members)
        .filter((m) => m.accountId === accountId);
      return {
        id: node.id,
        name: node.name,
        slug: node.slug,
        neighbourhood: node.neighbourhood,
        noticeDays: node.charter.convocationNoticeDays,
        oppositionQuota: node.charter.oppositionAgendaQuota,
        seats,
        setsAgenda: seats.some((s) => s.role === 'CHAIR' || s.role === 'CO_CHAIR'),
        opposition: seats.some((s) => s.college === 'ELECTED_OPPOSITION'),
      };
    })
    .filter((c) => c.seats.length > 0);
}

/** For the layout's link: never fails a page (an unreachable API just hides the link). */
export async function sitsOnACouncil(event: Pick<RequestEvent, 'locals'>): Promise<boolean> {
  const me = event.locals.me;
  if (!me || !event.locals.token) return false;
  const r = await call(
    MyCouncilsDocument,
    {},
    { token: event.locals.token, clientAddress: event.locals.clientAddress },
  );
  return r.ok && mine(r.data.councils, me.id).length > 0;
}

/** The signed-in person's councils (signed-out people go to the sign-in page). */
export async function myCouncils(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const me = signedIn(event);
  const { councils } = await query(event, MyCouncilsDocument, {});
  return {
    me,
    councils: mine(councils, me.id),
    exists: (find: { slug?: string; id?: string }) =>
      councils.edges.some(({ node }) => node.slug === find.slug || node.id === find.id),
  };
}

/** One of them, by slug or id; someone who does not sit on it gets a clear refusal. */
export async function myCouncil(
  event: Pick<RequestEvent, 'locals' | 'url'>,
  find: { slug?: string; id?: string },
) {
  const { me, councils, exists } = await myCouncils(event);
  const council = councils.find((c) => c.slug === find.slug || c.id === find.id);
  if (!council && !exists(find)) error(404, { message: 'Ce conseil n’existe pas.' });
  if (!council)
    error(403, {
      message:
        'Vous n’avez pas le droit de préparer les séances de ce conseil\u00a0: vous n’en êtes pas membre.',
      code: 'FORBIDDEN',
    });
  return { me, council };
}
