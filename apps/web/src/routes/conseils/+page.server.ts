import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { CouncilsDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { councils } = await query(event, CouncilsDocument, {});
  return { title: 'Les conseils de quartier', councils: councils.edges.map((e) => e.node) };
};
