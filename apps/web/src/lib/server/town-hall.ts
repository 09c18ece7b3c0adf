// The town hall's pages (/mairie/…): for agents and admins. The site only spares others a page
// of refusals; the API decides, and its FORBIDDEN becomes the same 403 page (lib/server/load.ts).
import { error, type RequestEvent } from '@sveltejs/kit';
import { signedIn } from './guard';

export const FORBIDDEN_TOWN_HALL =
  'Vous n’avez pas le droit d’ouvrir cette page\u00a0: elle est réservée aux agent·es de la mairie.';

/** Agents of the town hall (admins can do all they do), as the API's Agent policy says. */
export const isTownHall = (role: string | undefined) => role === 'AGENT' || role === 'ADMIN';

/** Signed in (or to the sign-in page) and an agent or admin (or a 403 page). */
export function townHallOnly(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const me = signedIn(event);
  if (!isTownHall(me.role)) error(403, { message: FORBIDDEN_TOWN_HALL, code: 'FORBIDDEN' });
  return me;
}
