import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { WorksListDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { worksProjects } = await query(event, WorksListDocument, {});
  return { title: 'Travaux et déviations', works: worksProjects };
};
