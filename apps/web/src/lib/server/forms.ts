// Form helpers shared by the actions: read fields, and turn an API refusal into what the error
// summary and the fields show (French messages from the API, tied to the fields it names).
import { fail } from '@sveltejs/kit';
import { spaced } from '$lib/format';
import type { ApiError, FieldError } from './api';

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export interface FormFailure {
  message: string;
  fields: FieldError[];
  values: Record<string, string>;
}

/** Messages for codes whose API text is not meant for this page's visitor. */
const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Votre session a expiré. Connectez-vous puis recommencez.',
  TOO_MANY_REQUESTS: 'Trop de tentatives. Attendez quelques minutes avant de réessayer.',
  UNAVAILABLE: 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
};

/** Refusals whose API text is meant for the visitor although their code is in BY_CODE. */
const OWN_TEXT = new Set(['WRONG_CREDENTIALS']);

/** The page again with the refusal: 403 when the API says FORBIDDEN, else 400 (or `status`). */
export function failWith(
  error: ApiError,
  values: Record<string, string>,
  status = error.code === 'FORBIDDEN' ? 403 : 400,
) {
  const byCode = error.reason && OWN_TEXT.has(error.reason) ? undefined : BY_CODE[error.code];
  return fail(status, {
    message: byCode ?? spaced(error.message),
    fields: error.fields.map((f) => ({ ...f, message: spaced(f.message) })),
    values,
  } satisfies FormFailure);
}

/** A failure the site finds itself (an empty field), in the same shape. */
export function invalid(fields: FieldError[], values: Record<string, string>, message?: string) {
  return fail(400, {
    message:
      message ??
      (fields.length > 1
        ? `Le formulaire contient ${fields.length} erreurs.`
        : 'Le formulaire contient une erreur.'),
    fields,
    values,
  } satisfies FormFailure);
}

export function required(form: FormData, labels: Record<string, string>): FieldError[] {
  return Object.entries(labels)
    .filter(([name]) => !text(form, name))
    .map(([field, label]) => ({ field, message: `Indiquez ${label}.` }));
}
