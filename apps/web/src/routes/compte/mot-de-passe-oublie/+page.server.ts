import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { RequestPasswordResetDocument } from '$lib/server/operations';

export const load: PageServerLoad = () => ({ title: 'Mot de passe oublié' });

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const form = await request.formData();
    const values = { email: text(form, 'email') };
    const missing = required(form, { email: 'votre adresse e-mail' });
    if (missing.length) return invalid(missing, values);
    const result = await call(
      RequestPasswordResetDocument,
      { email: values.email },
      { clientAddress: locals.clientAddress },
    );
    if (!result.ok) return failWith(result.error, values);
    return { done: true, message: result.data.requestPasswordReset.message };
  },
};
