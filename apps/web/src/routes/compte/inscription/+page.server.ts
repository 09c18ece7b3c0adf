import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { RegisterDocument } from '$lib/server/operations';

export const load: PageServerLoad = () => ({ title: 'Créer un compte' });

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const form = await request.formData();
    const values = { displayName: text(form, 'displayName'), email: text(form, 'email') };
    const missing = required(form, {
      displayName: 'le nom affiché',
      email: 'votre adresse e-mail',
      password: 'un mot de passe',
    });
    if (missing.length) return invalid(missing, values);
    const result = await call(
      RegisterDocument,
      { input: { ...values, password: String(form.get('password')), locale: 'fr' } },
      { clientAddress: locals.clientAddress },
    );
    if (!result.ok) return failWith(result.error, values);
    return { done: true, message: result.data.register.message, email: values.email };
  },
};
