import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { AssociationDocument, SolidarityPageDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const [{ association }, { solidarityEntries }] = await Promise.all([
    query(event, AssociationDocument, { id: event.params.id }),
    query(event, SolidarityPageDocument, { council: null }),
  ]);
  return {
    title: association.name,
    association,
    entries: solidarityEntries.filter((e) => e.runBy === association.name),
  };
};
