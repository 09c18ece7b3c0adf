import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { VerifyEmailDocument } from '$lib/server/operations';

// The e-mail's link (PUBLIC_URL/compte/confirmer?token=…) opens this page; the token is spent by
// a button (a POST), so a mail scanner that follows links does not use it up.
export const load: PageServerLoad = ({ url }) => ({
  title: 'Confirmer votre adresse e-mail',
  token: url.searchParams.get('token') ?? '',
});

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const token = String((await request.formData()).get('token') ?? '');
    const result = await call(
      VerifyEmailDocument,
      { token },
      { clientAddress: locals.clientAddress },
    );
    if (!result.ok)
      return {
        failed: true,
        message: 'Ce lien a expiré ou a déjà servi. Connectez-vous pour demander un nouveau lien.',
      };
    redirect(
      303,
      (await locals.me()) ? '/mon-compte?adresse-confirmee' : '/compte/connexion?adresse-confirmee',
    );
  },
};
