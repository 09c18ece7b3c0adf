import { error } from '@sveltejs/kit';
import { spaced } from '$lib/format';
import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { CouncilsDocument, SolidarityPageDocument } from '$lib/server/operations';
import { pageLinks } from '$lib/server/pages';

export const load: PageServerLoad = async (event) => {
  const [{ solidarityEntries }, { councils }] = await Promise.all([
    query(event, SolidarityPageDocument, {
      council: event.params.slug,
      after: event.url.searchParams.get('apres') || undefined,
    }),
    query(event, CouncilsDocument, {}),
  ]);
  const list = councils.edges.map((e) => ({ slug: e.node.slug, name: e.node.name }));
  const council = list.find((c) => c.slug === event.params.slug);
  if (!council) error(404, { message: 'Conseil de quartier introuvable.', code: 'NOT_FOUND' });
  return {
    title: spaced(`Solidarité : où trouver de l’aide – ${council.name}`),
    entries: solidarityEntries.edges.map((e) => e.node),
    total: solidarityEntries.totalCount,
    ...pageLinks(event.url, solidarityEntries.pageInfo),
    councils: list,
    council,
    canEdit: Boolean(event.locals.me),
  };
};
