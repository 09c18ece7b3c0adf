import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required } from '$lib/server/forms';
import { ResetPasswordDocument } from '$lib/server/operations';
import { clearTokens } from '$lib/server/session';

// The password-reset e-mail's link: PUBLIC_URL/compte/mot-de-passe?token=…
export const load: PageServerLoad = ({ url }) => ({
  title: 'Choisir un nouveau mot de passe',
  token: url.searchParams.get('token') ?? '',
});

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const form = await request.formData();
    const missing = required(form, { newPassword: 'un nouveau mot de passe' });
    if (missing.length) return invalid(missing, {});
    const result = await call(
      ResetPasswordDocument,
      {
        input: {
          token: String(form.get('token') ?? ''),
          newPassword: String(form.get('newPassword')),
        },
      },
      { clientAddress: locals.clientAddress },
    );
    if (!result.ok) return failWith(result.error, {});
    // The API signed out every session: so does this browser.
    clearTokens(cookies);
    redirect(303, '/compte/connexion?nouveau-mot-de-passe');
  },
};
