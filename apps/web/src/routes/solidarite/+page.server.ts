import { spaced } from '$lib/format';
import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { CouncilsDocument, SolidarityPageDocument } from '$lib/server/operations';
import { pageLinks } from '$lib/server/pages';

export const load: PageServerLoad = async (event) => {
  const [{ solidarityEntries }, { councils }] = await Promise.all([
    query(event, SolidarityPageDocument, {
      council: null,
      after: event.url.searchParams.get('apres') || undefined,
    }),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: spaced('Solidarité : où trouver de l’aide'),
    entries: solidarityEntries.edges.map((e) => e.node),
    total: solidarityEntries.totalCount,
    ...pageLinks(event.url, solidarityEntries.pageInfo),
    councils: councils.edges.map((e) => ({ slug: e.node.slug, name: e.node.name })),
    council: null,
    canEdit: Boolean(event.locals.me),
  };
};
