import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import {
  currentLocale,
  currentRequestContext,
  DomainError,
  ErrorCode,
  isServiceUnavailable,
  serviceUnavailable,
} from '@quorum/core';
import type { ServerResponse } from 'node:http';
import { ERROR_TEXTS, INTERNAL_ERROR_MESSAGE } from '../graphql/error-messages';

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** What an HTTP status means in the API's codes (Nest and body-parser speak in statuses). */
export function codeOfStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 412) return 'PRECONDITION_FAILED';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 400 && status < 500) return 'BAD_USER_INPUT';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

const logger = new Logger('HttpErrors');

/** The 4xx status of a Nest HttpException or of a body-parser error (malformed JSON, too large). */
function clientErrorStatus(exception: unknown): number | undefined {
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : (exception as { status?: unknown; expose?: unknown } | null)?.expose === true
        ? (exception as { status?: unknown }).status
        : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Every exception of the API goes through here. In GraphQL it is handed back to graphql-js
 * untouched (formatError maps it, and Nest does not log domain errors as incidents). On plain
 * HTTP routes (health, feeds, open data, and /graphql before GraphQL runs: malformed JSON, a body
 * too large) it becomes the same shape: `{ errors: [{ message, extensions: { code } }] }`.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    // A database or Redis that is down is said as such (SERVICE_UNAVAILABLE), in GraphQL too.
    if (isServiceUnavailable(exception)) exception = serviceUnavailable();
    if (host.getType<string>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<ServerResponse>();
    const locale = currentLocale();
    let status: number;
    let extensions: Record<string, unknown>;
    let message: string;
    if (exception instanceof DomainError) {
      status = HTTP_STATUS_OF[exception.code];
      extensions = { code: exception.code };
      if (exception.details.reason) extensions.reason = exception.details.reason;
      if (exception.details.retryAfterSeconds !== undefined) {
        response.setHeader('retry-after', String(exception.details.retryAfterSeconds));
      }
      message = exception.text[locale];
    } else if (exception instanceof HttpException && exception.getStatus() === 503) {
      // A readiness probe saying what is down (terminus): its report is the answer.
      response.statusCode = 503;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(exception.getResponse()));
      return undefined;
    } else if (clientErrorStatus(exception) !== undefined) {
      status = clientErrorStatus(exception)!;
      const code = codeOfStatus(status);
      extensions = { code };
      message = ERROR_TEXTS[code][locale];
    } else {
      const requestId = currentRequestContext()?.requestId ?? 'none';
      logger.error({ err: exception, requestId }, 'Unexpected error on an HTTP route');
      status = 500;
      extensions = { code: 'INTERNAL_SERVER_ERROR', requestId };
      message = INTERNAL_ERROR_MESSAGE(requestId)[locale];
    }
    response.statusCode = status;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify({ errors: [{ message, extensions }] }));
    return undefined;
  }
}
