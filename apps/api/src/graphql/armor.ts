import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { RejectionReason } from './error-messages';

/** Limits of a single request (SPEC §8). Generous for real clients, tight for abuse. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
};

const tag =
  (reason: RejectionReason): GraphQLArmorRejectCallback =>
  (_context, error) => {
    (error.extensions as Record<string, unknown>).reason = reason;
  };

export function graphqlArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, onReject: [tag('QUERY_TOO_DEEP')] },
    maxAliases: { n: QUERY_LIMITS.maxAliases, onReject: [tag('TOO_MANY_ALIASES')] },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, onReject: [tag('QUERY_TOO_COSTLY')] },
    maxTokens: { n: QUERY_LIMITS.maxTokens, onReject: [tag('TOO_MANY_TOKENS')] },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, onReject: [tag('TOO_MANY_DIRECTIVES')] },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
