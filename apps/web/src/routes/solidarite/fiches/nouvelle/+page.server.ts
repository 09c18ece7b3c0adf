import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  CouncilsDocument,
  CreateSolidarityEntryDocument,
  EditableSolidarityEntriesDocument,
} from '$lib/server/operations';
import { entryInput, entryValues } from '$lib/server/solidarity';
import { isTownHall } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  const me = signedIn(event);
  const [{ myAssociations }, { councils }] = await Promise.all([
    query(event, EditableSolidarityEntriesDocument, {}),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: 'Ajouter une fiche solidarité',
    associations: myAssociations.filter((a) => a.status === 'PARTNER'),
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
    townHall: isTownHall(me.role),
  };
};

export const actions: Actions = {
  default: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const values = entryValues(form);
    const missing = required(form, { title: 'le service proposé' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      CreateSolidarityEntryDocument,
      { input: { ...entryInput(values), publish: text(form, 'publish') === 'oui' } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/solidarite/fiches/${r.data.createSolidarityEntry.id}?fait=modifiee`);
  },
};
