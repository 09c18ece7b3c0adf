import { redirect, type RequestEvent } from '@sveltejs/kit';
import { signInFor } from './redirect';

/** Pages for signed-in people: others go to the sign-in page and come back. */
export async function signedIn(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const me = await event.locals.me();
  if (!me || !event.locals.token) redirect(303, signInFor(event.url));
  return me;
}
