import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import { RejectionReason } from './error-messages';

/** Limits of a single request (SPEC §8). Generous for real clients, tight for abuse. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
};

/** Reports a refusal with a stable reason (the library's default reporter drops extensions). */
const refuse = (
  reason: RejectionReason,
): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } => ({
  propagateOnRejection: false,
  onReject: [
    (context, error) =>
      context?.reportError(
        // graphql-armor words every refusal as a "Syntax Error": it is not one.
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'BAD_USER_INPUT', reason },
        }),
      ),
  ],
});

export function graphqlArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...refuse('QUERY_TOO_DEEP') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...refuse('TOO_MANY_ALIASES') },
    // Our own cost model counts pages given by variables too (query-cost.ts); armor's sees literals only.
    costLimit: { enabled: false },
    // Tokens are limited by graphql-js's own parser (parseOptions.maxTokens in graphqlOptions).
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...refuse('TOO_MANY_DIRECTIVES') },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
