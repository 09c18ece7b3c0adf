import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  CouncilDocument,
  FollowCouncilDocument,
  MeetingsDocument,
  SortitionsDocument,
  UnfollowCouncilDocument,
} from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { council } = await query(event, CouncilDocument, { slug: event.params.slug });
  const [{ meetings }, { sortitions }] = await Promise.all([
    query(event, MeetingsDocument, { councilId: council.id }),
    query(event, SortitionsDocument, { councilId: council.id }),
  ]);
  return {
    title: council.name,
    council,
    meetings: meetings.edges.map((e) => e.node),
    sortitions,
    // What the verification command reads: this site's API, as the public sees it.
    graphqlUrl: new URL('/graphql', event.url).href,
  };
};

export const actions: Actions = {
  follow: async (event) => {
    await signedIn(event);
    const { council } = await query(event, CouncilDocument, { slug: event.params.slug });
    const r = await call(FollowCouncilDocument, { id: council.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, `/conseils/${event.params.slug}`);
  },
  unfollow: async (event) => {
    await signedIn(event);
    const { council } = await query(event, CouncilDocument, { slug: event.params.slug });
    const r = await call(UnfollowCouncilDocument, { id: council.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, `/conseils/${event.params.slug}`);
  },
};
