import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import {
  currentLocale,
  currentRequestContext,
  DomainError,
  isServiceUnavailable,
  serviceUnavailable,
} from '@quorum/core';
import { GraphQLFormattedError } from 'graphql';
import { codeOfStatus } from '../http/api-exception.filter';
import {
  ERROR_TEXTS,
  INTERNAL_ERROR_MESSAGE,
  REJECTED_FIELD_MESSAGES,
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
  // graphql-js's own text for a wrongly typed variable; the detail says which one.
  BAD_USER_INPUT: 'VARIABLE_TYPE',
};

const isRejection = (value: unknown): value is RejectionReason =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(REJECTION_MESSAGES, value);

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

/** The variable a coercion error names (graphql-js: `Variable "$name" got invalid value…`). */
function fieldOfRejection(formatted: GraphQLFormattedError): string | undefined {
  const tagged = formatted.extensions?.field;
  if (typeof tagged === 'string') return tagged;
  return /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(formatted.message)?.[1];
}

/**
 * The one place where errors become API errors (SPEC §7): domain errors keep their code and get
 * the caller's language; Nest's HTTP exceptions get the code of their status and a generic
 * sentence; refusals before execution become BAD_USER_INPUT with a stable reason (graphql-js's
 * text in `detail`, except in production, where it could suggest names of the schema); anything
 * else is masked and logged with the request id.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const locale = currentLocale();
    if (original instanceof DomainError) return fromDomainError(original, formatted);
    // The database or Redis is down (a restart, a failover): say so (usually nothing was done; a
    // COMMIT cut off may have been saved, which the message asks to check) rather than mask it
    // as an internal error.
    if (isServiceUnavailable(original)) {
      logger.warn(
        { err: original, requestId: currentRequestContext()?.requestId, path: formatted.path },
        'A backing service is unavailable',
      );
      return fromDomainError(serviceUnavailable(), formatted);
    }

    if (original instanceof HttpException && original.getStatus() < 500) {
      const code = codeOfStatus(original.getStatus());
      return { message: ERROR_TEXTS[code][locale], path: formatted.path, extensions: { code } };
    }

    const apolloCode = formatted.extensions?.code;
    const tagged = formatted.extensions?.reason;
    const reason = isRejection(tagged)
      ? tagged
      : typeof apolloCode === 'string'
        ? APOLLO_REJECTIONS[apolloCode]
        : undefined;
    if (reason && !formatted.path) {
      const extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT', reason };
      const field = fieldOfRejection(formatted);
      const fieldMessage = REJECTED_FIELD_MESSAGES[reason];
      if (field && fieldMessage) extensions.fields = [{ field, message: fieldMessage[locale] }];
      if (!production) extensions.detail = formatted.message;
      return {
        message: REJECTION_MESSAGES[reason][locale],
        locations: formatted.locations,
        extensions,
      };
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
  };
}
