import { error, type RequestEvent } from '@sveltejs/kit';
import type { TypedDocumentString } from '$lib/gql/graphql';
import { spaced } from '$lib/format';
import { call } from './api';

/** A page's data from the API, as the signed-in person (or anonymously); API errors become pages. */
export async function query<R, V>(
  event: Pick<RequestEvent, 'locals'>,
  document: TypedDocumentString<R, V>,
  variables: V,
): Promise<R> {
  const result = await call(document, variables, {
    token: event.locals.token,
    clientAddress: event.locals.clientAddress,
  });
  if (result.ok) return result.data;
  const status =
    result.error.code === 'NOT_FOUND'
      ? 404
      : result.error.code === 'BAD_USER_INPUT'
        ? 400
        : result.error.code === 'FORBIDDEN'
          ? 403
          : 503;
  error(status, { message: spaced(result.error.message), code: result.error.code });
}

/** For actions: the API as the signed-in person. */
export const as = (event: Pick<RequestEvent, 'locals'>) => ({
  token: event.locals.token,
  clientAddress: event.locals.clientAddress,
});
