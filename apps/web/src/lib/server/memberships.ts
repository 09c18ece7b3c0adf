// The councils the signed-in person sits on, with their charters and the seats held, read from
// the councils' lists of members in office (the menu's link needs only `mySeats`, asked with `me`).
// What it allows is only what the site shows: the API decides every action again.
import { error, type RequestEvent } from '@sveltejs/kit';
import type { MyCouncilsQuery } from '$lib/gql/graphql';
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
