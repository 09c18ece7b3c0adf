import type { ApolloServerPlugin } from '@apollo/server';
import { currentLocale } from '@quorum/core';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { REJECTION_MESSAGES } from './error-messages';

/**
 * Sizes of a request's parts (issue 18, "limits"): a query's text, each text and each list of its
 * variables. Checked before anything runs; generous for every real client (the site's longest
 * operation is a few kilobytes, the longest text field 50,000 characters, the longest list 500
 * ids), tight for a body that would make the server parse, hash or loop over megabytes.
 */
export const REQUEST_LIMITS = {
  /** Characters of the query's source, comments and string literals included. */
  maxQueryLength: 100_000,
  /** Characters of one String or ID in the variables. */
  maxTextLength: 100_000,
  /** Items of one list in the variables (a JSON scalar's own arrays are its validator's). */
  maxListLength: 1_000,
};

/**
 * Input fields whose text may be as long as the body allows: a town's census list (importCensus)
 * and a Soliguide export (importSolidarityEntries: a few hundred lines pass 100 kB).
 */
export const LARGE_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'ImportCensusInput.csv',
  'ImportSolidarityEntriesInput.csv',
]);

const refusal = (
  reason: 'QUERY_TOO_LARGE' | 'TEXT_TOO_LONG' | 'LIST_TOO_LONG',
  detail: string,
  field?: string,
) =>
  new GraphQLError(detail, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      ...(field ? { field } : {}),
      http: { status: 400 },
    },
  });

/** A query's source too long to parse. */
export function queryTooLarge(source: string | undefined): GraphQLError | null {
  if (source === undefined || source.length <= REQUEST_LIMITS.maxQueryLength) return null;
  return refusal(
    'QUERY_TOO_LARGE',
    `Query of ${source.length} characters is over the limit of ${REQUEST_LIMITS.maxQueryLength}`,
  );
}

/** The variables used only where a large text is expected (`importCensus(input: { csv: $csv })`). */
function largeTextVariables(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const large = new Set<string>();
  const elsewhere = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ObjectField(node) {
        if (node.value.kind !== Kind.VARIABLE) return;
        const parent = getNamedType(typeInfo.getParentInputType());
        const coordinate = `${parent?.name}.${node.name.value}`;
        (LARGE_TEXT_FIELDS.has(coordinate) ? large : elsewhere).add(node.value.name.value);
      },
      Argument(node) {
        if (node.value.kind === Kind.VARIABLE) elsewhere.add(node.value.name.value);
      },
    }),
  );
  return new Set([...large].filter((name) => !elsewhere.has(name)));
}

/** The first text or list of `value` (of GraphQL input type `type`) over the limits. */
function oversized(
  value: unknown,
  type: GraphQLInputType,
  path: string[],
  largeText: boolean,
): GraphQLError | null {
  if (value === null || value === undefined) return null;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > REQUEST_LIMITS.maxListLength)
      return refusal(
        'LIST_TOO_LONG',
        `List of ${items.length} items is over the limit of ${REQUEST_LIMITS.maxListLength}`,
        path.join('.'),
      );
    for (const [i, item] of items.entries()) {
      const found = oversized(item, unwrapped.ofType, [...path, String(i)], largeText);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(unwrapped)) {
    if (typeof value !== 'object') return null;
    const fields = unwrapped.getFields();
    for (const [key, item] of Object.entries(value)) {
      const field = fields[key];
      if (!field) continue; // graphql-js refuses an unknown field itself
      const large = largeText || LARGE_TEXT_FIELDS.has(`${unwrapped.name}.${key}`);
      const found = oversized(item, field.type, [...path, key], large);
      if (found) return found;
    }
    return null;
  }
  const scalar = getNamedType(unwrapped).name;
  if (
    (scalar === 'String' || scalar === 'ID') &&
    typeof value === 'string' &&
    value.length > REQUEST_LIMITS.maxTextLength &&
    !largeText
  )
    return refusal(
      'TEXT_TOO_LONG',
      `Text of ${value.length} characters is over the limit of ${REQUEST_LIMITS.maxTextLength}`,
      path.join('.'),
    );
  return null;
}

/** The first variable of the operation too large (a text, a list), or null. */
export function oversizedVariable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  const large = largeTextVariables(schema, document);
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const found = oversized(variables[name], type, [name], large.has(name));
    if (found) return found;
  }
  return null;
}

/**
 * Refuses a query too long before GraphQL sees it, as an Express middleware after the JSON
 * parser: Apollo's hooks before parsing (requestDidStart, didResolveSource) cannot refuse a
 * request in the usual shape (what they throw becomes an internal error).
 */
export function queryLengthGuard(
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  next: () => void,
): void {
  const body = req.body;
  const query =
    body && typeof body === 'object' && 'query' in body
      ? (body as { query: unknown }).query
      : undefined;
  if (typeof query !== 'string' || !queryTooLarge(query)) return next();
  res.statusCode = 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({
      errors: [
        {
          message: REJECTION_MESSAGES.QUERY_TOO_LARGE[currentLocale()],
          extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_LARGE' },
        },
      ],
    }),
  );
}

/** Refuses, before executing, variables too large. */
export const requestLimits: ApolloServerPlugin = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ schema, document, operation, request }) => {
      if (!operation) return;
      const found = oversizedVariable(schema, document, operation, request.variables ?? {});
      if (found) throw found;
    },
  }),
};
