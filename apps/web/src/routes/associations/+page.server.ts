import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { AssociationsDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { associations } = await query(event, AssociationsDocument, {});
  return { title: 'Les associations partenaires', associations };
};
