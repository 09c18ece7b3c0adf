import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { CouncilsDocument, CreatePlaceDocument, PlacesDocument } from '$lib/server/operations';
import { readPlaceForm } from '$lib/server/place-form';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ places }, { councils }] = await Promise.all([
    query(event, PlacesDocument, {}),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: 'Registre des lieux – Mairie',
    places,
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
  };
};

export const actions: Actions = {
  create: async (event) => {
    townHallOnly(event);
    const { values, input, missing } = readPlaceForm(await event.request.formData());
    if (!input) return invalid(missing, values);
    const r = await call(CreatePlaceDocument, { input }, as(event));
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/mairie/lieux/${r.data.createPlace.id}?fait=cree`);
  },
};
