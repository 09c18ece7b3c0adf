import type { IncomingMessage, ServerResponse } from 'node:http';
import { localeFromAcceptLanguage, requestIdOf, runWithRequestContext } from '@quorum/core';

/**
 * Gives every request an id (the caller's X-Request-Id when it looks like one) and a language,
 * visible to logs and error messages for the whole request.
 */
export function requestContextMiddleware(
  req: IncomingMessage,
  _res: ServerResponse,
  next: () => void,
): void {
  const requestId = requestIdOf(req);
  req.headers['x-request-id'] = requestId;
  runWithRequestContext(
    { requestId, locale: localeFromAcceptLanguage(req.headers['accept-language']) },
    next,
  );
}
