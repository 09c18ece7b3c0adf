import type { Handle, HandleServerError } from '@sveltejs/kit';
import { call } from '$lib/server/api';
import type { MeQuery } from '$lib/gql/graphql';
import { MeDocument } from '$lib/server/operations';
import {
  accessCookie,
  clearTokens,
  refreshCookie,
  refreshOnce,
  saveTokens,
} from '$lib/server/session';

export const handle: Handle = async ({ event, resolve }) => {
  const clientAddress = event.getClientAddress();
  event.locals.clientAddress = clientAddress;
  let token = event.cookies.get(accessCookie());
  const refresh = event.cookies.get(refreshCookie());
  if (!token && refresh) {
    const tokens = await refreshOnce(refresh, clientAddress);
    // Refused: another request of this person may have traded it first (its answer sets the new
    // cookies), so this one goes on signed out without deleting anything.
    if (tokens) {
      saveTokens(event.cookies, tokens);
      token = tokens.accessToken;
    }
  }
  event.locals.token = token;
  let asked: Promise<MeQuery['me'] | null> | undefined;
  // Asked when a load first needs it (the layout's, for the header), not before the page's own
  // queries: one after the other, they doubled a signed-in visitor's wait.
  event.locals.me = () =>
    (asked ??= !token
      ? Promise.resolve(null)
      : call(MeDocument, {}, { token, clientAddress }).then((me) => {
          if (me.ok) return me.data.me;
          if (me.error.code === 'UNAUTHENTICATED') {
            // The session was closed (signed out elsewhere, password reset): forget its cookies,
            // and its token for the rest of this request.
            event.locals.token = undefined;
            try {
              clearTokens(event.cookies);
            } catch {
              // Asked by a load whose page had already failed and answered: the next request's
              // `me` clears them. (Never a rejection: nobody might be left to catch it.)
            }
          }
          return null;
        }));
  const response = await resolve(event);
  // Pages depend on who is signed in: never stored by a shared cache.
  response.headers.set('cache-control', 'private, no-store');
  // Not no-referrer (the API's): Chromium then sends `Origin: null` with form posts, which
  // SvelteKit's CSRF check refuses. Same-origin keeps the address from other sites.
  response.headers.set('referrer-policy', 'same-origin');
  return response;
};

export const handleError: HandleServerError = ({ error, status }) => {
  if (status !== 404) console.error('Site error:', error);
  return {
    message:
      status === 404
        ? 'Cette page n’existe pas ou plus.'
        : 'Une erreur inattendue est survenue. Réessayez dans quelques minutes.',
  };
};
