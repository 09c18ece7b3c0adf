// The town hall's pages: the site hides them from people whose role cannot use them (the API
// still decides every operation). Signed-out visitors sign in first; others get a clear 403.
import { error, type RequestEvent } from '@sveltejs/kit';
import type { AccountRole } from '$lib/gql/graphql';
import type { ApiError, FieldError } from './api';
import { failWith } from './forms';
import { signedIn } from './guard';
import { FORBIDDEN_TOWN_HALL } from './town-hall';

const FORBIDDEN: Record<'agent' | 'admin', string> = {
  agent: FORBIDDEN_TOWN_HALL,
  admin:
    'Vous n’avez pas le droit d’ouvrir cette page\u00a0: elle est réservée aux administrateur·rices.',
};

const ALLOWED: Record<'agent' | 'admin', AccountRole[]> = {
  agent: ['AGENT', 'ADMIN'],
  admin: ['ADMIN'],
};

export function staff(event: Pick<RequestEvent, 'locals' | 'url'>, who: 'agent' | 'admin') {
  const me = signedIn(event);
  if (!ALLOWED[who].includes(me.role)) error(403, { message: FORBIDDEN[who], code: 'FORBIDDEN' });
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
  return failWith({ ...apiError, fields }, values, apiError.code === 'FORBIDDEN' ? 403 : 400);
}
