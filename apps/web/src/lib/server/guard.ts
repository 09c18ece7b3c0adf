import { redirect, type RequestEvent } from '@sveltejs/kit';
import { signInFor } from './redirect';

/** Pages for signed-in people: others go to the sign-in page and come back. */
export function signedIn(event: Pick<RequestEvent, 'locals' | 'url'>) {
  if (!event.locals.me || !event.locals.token) redirect(303, signInFor(event.url));
  return event.locals.me;
}
