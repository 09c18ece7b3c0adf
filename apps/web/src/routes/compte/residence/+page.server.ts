import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import { ClaimResidencyDocument, CouncilsDocument } from '$lib/server/operations';
import { safeNext } from '$lib/server/redirect';

export const load: PageServerLoad = async (event) => {
  const me = await signedIn(event);
  const councils = await query(event, CouncilsDocument, {});
  return {
    title: 'Prouver que vous habitez le quartier',
    residency: me.residency ?? null,
    next: safeNext(event.url.searchParams.get('suite'), '/mon-compte'),
    neighbourhoods: [...new Set(councils.councils.edges.map((e) => e.node.neighbourhood))].sort(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const values = {
      lastName: text(form, 'lastName'),
      firstNames: text(form, 'firstNames'),
      birthDate: text(form, 'birthDate'),
      neighbourhood: text(form, 'neighbourhood'),
    };
    const missing = required(form, {
      lastName: 'votre nom',
      firstNames: 'vos prénoms',
      birthDate: 'votre date de naissance',
      neighbourhood: 'votre quartier',
    });
    if (missing.length) return invalid(missing, values);
    const result = await call(ClaimResidencyDocument, { input: values }, as(event));
    if (!result.ok) {
      if (result.error.code === 'NOT_FOUND')
        return invalid(
          [],
          values,
          'Aucune inscription libre ne correspond sur la liste électorale. Vérifiez ce que vous avez saisi, ou présentez un justificatif de domicile à la mairie.',
        );
      return failWith(result.error, values);
    }
    redirect(303, safeNext(String(form.get('suite') ?? ''), '/mon-compte'));
  },
};
