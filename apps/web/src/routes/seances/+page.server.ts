import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { CouncilsDocument, MeetingsDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const after = event.url.searchParams.get('apres') || undefined;
  const [{ meetings }, { councils }] = await Promise.all([
    query(event, MeetingsDocument, { after }),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: 'Les séances',
    meetings: meetings.edges.map((e) => e.node),
    councils: Object.fromEntries(councils.edges.map((e) => [e.node.id, e.node.name])),
    nextPage: meetings.pageInfo.hasNextPage
      ? `?apres=${encodeURIComponent(meetings.pageInfo.endCursor ?? '')}`
      : null,
  };
};
