import { LocalizedText } from '@quorum/core';

/** Why a request was refused before it ran, as a stable `extensions.reason`. */
export type RejectionReason =
  | 'SYNTAX_ERROR'
  | 'INVALID_QUERY'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_DIRECTIVES'
  | 'BAD_REQUEST';

export const REJECTION_MESSAGES: Record<RejectionReason, LocalizedText> = {
  SYNTAX_ERROR: { fr: 'La requête GraphQL est mal formée.', en: 'The GraphQL query is malformed.' },
  INVALID_QUERY: {
    fr: "La requête GraphQL n'est pas valide pour ce schéma.",
    en: 'The GraphQL query is not valid against this schema.',
  },
  QUERY_TOO_DEEP: { fr: 'La requête est trop profonde.', en: 'The query is too deep.' },
  TOO_MANY_ALIASES: {
    fr: "La requête contient trop d'alias.",
    en: 'The query has too many aliases.',
  },
  QUERY_TOO_COSTLY: { fr: 'La requête est trop coûteuse.', en: 'The query is too costly.' },
  TOO_MANY_DIRECTIVES: {
    fr: 'La requête contient trop de directives.',
    en: 'The query has too many directives.',
  },
  BAD_REQUEST: {
    fr: "La requête HTTP n'est pas acceptée (en-têtes ou format).",
    en: 'The HTTP request is not accepted (headers or format).',
  },
};

export const INTERNAL_ERROR_MESSAGE = (requestId: string): LocalizedText => ({
  fr: `Une erreur interne est survenue. Référence : ${requestId}.`,
  en: `An internal error occurred. Reference: ${requestId}.`,
});

export const HTTP_STATUS_MESSAGES: Record<string, LocalizedText> = {
  UNAUTHENTICATED: { fr: 'Vous devez être connecté·e.', en: 'You must be signed in.' },
  FORBIDDEN: {
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: { fr: 'Introuvable.', en: 'Not found.' },
  RATE_LIMITED: {
    fr: 'Trop de requêtes : réessayez plus tard.',
    en: 'Too many requests: try again later.',
  },
};
