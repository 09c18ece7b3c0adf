import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { LoginDocument } from '$lib/server/operations';
import { safeNext } from '$lib/server/redirect';
import { saveTokens } from '$lib/server/session';

export const load: PageServerLoad = async ({ url, locals }) => {
  if (await locals.me()) redirect(303, safeNext(url.searchParams.get('suite')));
  return {
    title: 'Se connecter',
    next: safeNext(url.searchParams.get('suite')),
    reset: url.searchParams.has('nouveau-mot-de-passe'),
    confirmed: url.searchParams.has('adresse-confirmee'),
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, locals, url }) => {
    const form = await request.formData();
    const values = { email: text(form, 'email') };
    const missing = required(form, {
      email: 'votre adresse e-mail',
      password: 'votre mot de passe',
    });
    if (missing.length) return invalid(missing, values);
    const result = await call(
      LoginDocument,
      { input: { email: values.email, password: String(form.get('password')) } },
      { clientAddress: locals.clientAddress },
    );
    if (!result.ok) return failWith(result.error, values);
    saveTokens(cookies, result.data.login);
    redirect(303, safeNext(String(form.get('suite') ?? url.searchParams.get('suite') ?? '')));
  },
};
