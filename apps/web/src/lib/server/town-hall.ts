import { error, type RequestEvent } from '@sveltejs/kit';
import { signedIn } from './guard';

/** Agents of the town hall (admins can do all they do), as the API's Agent policy says. */
export const isAgent = (role: string | undefined) => role === 'AGENT' || role === 'ADMIN';

/**
 * The town hall's pages: signed-in agents only. The API refuses their operations to anyone else
 * anyway; this says so plainly instead of showing forms that would fail.
 */
export function agentOnly(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const me = signedIn(event);
  if (!isAgent(me.role))
    error(403, {
      message:
        'Vous n’avez pas le droit d’ouvrir cette page\u00a0: elle est réservée aux agent·es de la mairie.',
      code: 'FORBIDDEN',
    });
  return me;
}
