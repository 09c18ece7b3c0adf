import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { AccountabilityDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { accountability } = await query(event, AccountabilityDocument, {});
  return { title: 'Ce que la mairie doit aux conseils de quartier', accountability };
};
