import type { PageServerLoad } from './$types';
import { query } from '$lib/server/load';
import { PlacesDocument, PlacesProgressDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const [{ places }, { placesProgress }] = await Promise.all([
    query(event, PlacesDocument, {}),
    query(event, PlacesProgressDocument, {}),
  ]);
  return { title: 'Lieux publics et accessibilité', places, progress: placesProgress };
};
