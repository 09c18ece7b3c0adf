import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { AssociationsDocument } from '$lib/server/operations';
import { pageLinks } from '$lib/server/pages';

export const load: PageServerLoad = async (event) => {
  const { associations } = await query(event, AssociationsDocument, {
    after: event.url.searchParams.get('apres') || undefined,
  });
  return {
    title: 'Les associations partenaires',
    associations: associations.edges.map((e) => e.node),
    total: associations.totalCount,
    ...pageLinks(event.url, associations.pageInfo),
  };
};
