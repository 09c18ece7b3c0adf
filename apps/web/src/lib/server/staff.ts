// The town hall's pages: the site hides them from people whose role cannot use them (the API
// still decides every operation). Signed-out visitors sign in first; others get a clear 403.
import { error, type RequestEvent } from '@sveltejs/kit';
import type { ApiError, FieldError } from './api';
import { failWith } from './forms';
import { signedIn } from './guard';

const FORBIDDEN_ADMIN =
  'Vous n’avez pas le droit d’ouvrir cette page\u00a0: elle est réservée aux administrateur·rices.';

/** The admins' pages (/mairie/agents): signed in (or to sign in) and an admin (or a 403 page). */
export function adminOnly(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const me = signedIn(event);
  if (me.role !== 'ADMIN') error(403, { message: FORBIDDEN_ADMIN, code: 'FORBIDDEN' });
  return me;
}

/** An API refusal whose field names are the form's own (`reason` → `reason-<id>`…). */
export function failRenamed(
  apiError: ApiError,
  names: Record<string, string>,
  values: Record<string, string> = {},
) {
  const fields: FieldError[] = apiError.fields.map((f) => ({
    ...f,
    field: names[f.field] ?? f.field,
  }));
  return failWith({ ...apiError, fields }, values);
}
