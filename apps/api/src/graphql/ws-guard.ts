import {
  DocumentNode,
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { QUERY_LIMITS } from './armor';
import { costRefusal } from './query-cost';
import { oversizedVariable, queryTooLarge } from './request-limits';
import { invalidTextRefusal } from './text-guard';

interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** graphql-js errors tagged with Apollo's code, so that formatError words them as over HTTP. */
const tagged = (errors: readonly GraphQLError[], code: string): GraphQLError[] =>
  errors.map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        extensions: { code, ...error.extensions },
      }),
  );

/**
 * The WebSocket's onSubscribe (graphql-ws): what HTTP checks before running an operation, checked
 * here too. graphql-ws parses and validates with graphql-js's rules alone, so without it the
 * socket answered introspection in production and took any depth, alias count, cost or size
 * (found by test/security/limits.e2e-spec.ts).
 */
export function webSocketGuard(
  schema: () => GraphQLSchema,
  rules: readonly ValidationRule[],
  production: boolean,
) {
  const validationRules = [
    ...specifiedRules,
    ...rules,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  return (
    _ctx: unknown,
    _id: string,
    payload: SubscribePayload,
  ): ExecutionArgs | GraphQLError[] => {
    const tooLarge = queryTooLarge(payload.query);
    if (tooLarge) return [tooLarge];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
    } catch (error) {
      return tagged(
        [error instanceof GraphQLError ? error : new GraphQLError(String(error))],
        'GRAPHQL_PARSE_FAILED',
      );
    }
    const invalid = validate(schema(), document, validationRules);
    if (invalid.length > 0) return tagged(invalid, 'GRAPHQL_VALIDATION_FAILED');
    const operation = getOperationAST(document, payload.operationName);
    if (!operation)
      return tagged(
        [new GraphQLError('Unable to identify the operation')],
        'OPERATION_RESOLUTION_FAILURE',
      );
    const variables = payload.variables ?? {};
    const refused =
      oversizedVariable(schema(), document, operation, variables) ??
      invalidTextRefusal(variables, document) ??
      costRefusal(schema(), document, operation, variables);
    if (refused) return [refused];
    return {
      schema: schema(),
      document,
      operationName: payload.operationName,
      variableValues: variables,
    };
  };
}
