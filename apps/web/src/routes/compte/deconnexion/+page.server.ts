import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { LogoutDocument } from '$lib/server/operations';
import { clearTokens } from '$lib/server/session';

export const load: PageServerLoad = () => ({ title: 'Se déconnecter' });

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    if (locals.token)
      await call(LogoutDocument, {}, { token: locals.token, clientAddress: locals.clientAddress });
    clearTokens(cookies);
    redirect(303, '/');
  },
};
