import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { associationInput, associationValues } from '$lib/server/association-form';
import { failWith, invalid, required } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as } from '$lib/server/load';
import { ProposeAssociationDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const me = signedIn(event);
  return { title: 'Proposer votre association', emailVerified: me.emailVerified };
};

export const actions: Actions = {
  default: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const values = associationValues(form);
    const missing = required(form, {
      name: 'le nom de l’association',
      description: 'ce que fait l’association',
    });
    if (!values.fields)
      missing.push({ field: 'fields', message: 'Cochez au moins un domaine d’action.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      ProposeAssociationDocument,
      { input: associationInput(values) },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/associations/${r.data.proposeAssociation.id}?fait=proposee`);
  },
};
