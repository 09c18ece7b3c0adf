import type { PageServerLoad } from './$types';
import { signedIn } from '$lib/server/guard';
import { query } from '$lib/server/load';
import { MyAssociationsDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  signedIn(event);
  const { myAssociations } = await query(event, MyAssociationsDocument, {});
  return {
    title: 'Mes associations',
    associations: myAssociations,
    left: event.url.searchParams.has('quittee'),
  };
};
