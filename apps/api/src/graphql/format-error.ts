import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { currentLocale, currentRequestContext, DomainError, ErrorCode } from '@quorum/core';
import { GraphQLFormattedError } from 'graphql';
import {
  HTTP_STATUS_MESSAGES,
  INTERNAL_ERROR_MESSAGE,
  REJECTION_MESSAGES,
  RejectionReason,
} from './error-messages';

const logger = new Logger('GraphQLErrors');

/** Apollo's own codes for requests refused before execution, and how we name them. */
const APOLLO_REJECTIONS: Record<string, RejectionReason> = {
  GRAPHQL_PARSE_FAILED: 'SYNTAX_ERROR',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_QUERY',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'INVALID_QUERY',
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

function fromDomainError(error: DomainError, base: GraphQLFormattedError): GraphQLFormattedError {
  const locale = currentLocale();
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.details.reason) extensions.reason = error.details.reason;
  if (error.details.fields) {
    extensions.fields = error.details.fields.map((f) => ({
      field: f.field,
      message: f.message[locale],
    }));
  }
  if (error.details.retryAfterSeconds !== undefined)
    extensions.retryAfter = error.details.retryAfterSeconds;
  return { message: error.text[locale], locations: base.locations, path: base.path, extensions };
}

/**
 * The one place where errors become API errors (SPEC §7): domain errors keep their code and get
 * the caller's language; refusals before execution become BAD_USER_INPUT with a stable reason;
 * anything else is masked and logged with the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const locale = currentLocale();
  if (original instanceof DomainError) return fromDomainError(original, formatted);

  const apolloCode = formatted.extensions?.code;
  const reason =
    (formatted.extensions?.reason as RejectionReason | undefined) ??
    (typeof apolloCode === 'string' ? APOLLO_REJECTIONS[apolloCode] : undefined);
  if (reason) {
    return {
      message: `${REJECTION_MESSAGES[reason][locale]} ${formatted.message}`,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', reason },
    };
  }
  if (apolloCode === 'BAD_USER_INPUT') {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code && HTTP_STATUS_MESSAGES[code]) {
      return {
        message: HTTP_STATUS_MESSAGES[code][locale],
        path: formatted.path,
        extensions: { code },
      };
    }
  }

  const requestId = currentRequestContext()?.requestId ?? 'none';
  logger.error(
    { err: original, requestId, path: formatted.path },
    'Unexpected error while serving GraphQL',
  );
  return {
    message: INTERNAL_ERROR_MESSAGE(requestId)[locale],
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
