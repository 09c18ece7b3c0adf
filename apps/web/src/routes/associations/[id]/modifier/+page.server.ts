import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { associationInput, associationValues } from '$lib/server/association-form';
import { failWith, invalid, required } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import { AssociationManageDocument, UpdateAssociationDocument } from '$lib/server/operations';
import { isTownHall } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  const me = signedIn(event);
  const { association } = await query(event, AssociationManageDocument, { id: event.params.id });
  if (!association.viewerIsMember && !isTownHall(me.role))
    error(403, {
      message: 'Seuls les membres de l’association et la mairie modifient ses informations.',
      code: 'FORBIDDEN',
    });
  return {
    title: `Modifier : ${association.name}`,
    association,
    saved: {
      name: association.name,
      description: association.description,
      contactEmail: association.contactEmail ?? '',
      contactPhone: association.contactPhone ?? '',
      website: association.website ?? '',
      fields: association.fields.join(','),
    },
  };
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
      UpdateAssociationDocument,
      { input: { associationId: event.params.id, ...associationInput(values) } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/associations/${event.params.id}?fait=modifiee`);
  },
};
