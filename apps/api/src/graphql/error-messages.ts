import { ErrorCode, LocalizedText, serviceUnavailable } from '@quorum/core';

/** Why a request was refused before it ran, as a stable `extensions.reason`. */
export const REJECTION_REASONS = [
  'SYNTAX_ERROR',
  'INVALID_QUERY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_DIRECTIVES',
  'VARIABLE_TYPE',
  'INVALID_CHARACTER',
  'QUERY_TOO_LARGE',
  'TEXT_TOO_LONG',
  'LIST_TOO_LONG',
  'BAD_REQUEST',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

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
  VARIABLE_TYPE: {
    fr: "Une variable de la requête n'a pas le type attendu.",
    en: 'A variable of the query does not have the expected type.',
  },
  INVALID_CHARACTER: {
    fr: 'Un texte de la requête contient un caractère interdit (caractère nul ou moitié isolée d’une paire UTF-16).',
    en: 'A text of the request holds a forbidden character (NUL or a lone UTF-16 surrogate).',
  },
  QUERY_TOO_LARGE: {
    fr: 'La requête GraphQL est trop longue.',
    en: 'The GraphQL query is too long.',
  },
  TEXT_TOO_LONG: {
    fr: 'Un texte de la requête est trop long.',
    en: 'A text of the request is too long.',
  },
  LIST_TOO_LONG: {
    fr: 'Une liste de la requête contient trop d’éléments.',
    en: 'A list of the request holds too many items.',
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

/** A generic sentence per code, for errors that bring no message of ours. */
export const ERROR_TEXTS: Record<ErrorCode, LocalizedText> = {
  UNAUTHENTICATED: { fr: 'Vous devez être connecté·e.', en: 'You must be signed in.' },
  FORBIDDEN: {
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do this.',
  },
  BAD_USER_INPUT: { fr: "La requête n'est pas valide.", en: 'The request is not valid.' },
  NOT_FOUND: { fr: 'Introuvable.', en: 'Not found.' },
  CONFLICT: {
    fr: 'Cela entre en conflit avec l’état actuel.',
    en: 'This conflicts with the current state.',
  },
  PRECONDITION_FAILED: {
    fr: "Ce n'est pas possible dans l'état actuel.",
    en: 'This is not possible in the current state.',
  },
  RATE_LIMITED: {
    fr: 'Trop de requêtes : réessayez plus tard.',
    en: 'Too many requests: try again later.',
  },
  INTERNAL_SERVER_ERROR: {
    fr: 'Une erreur interne est survenue.',
    en: 'An internal error occurred.',
  },
  SERVICE_UNAVAILABLE: serviceUnavailable().text,
};

/** What `extensions.fields` says of a field refused before execution. */
export const REJECTED_FIELD_MESSAGES: Partial<Record<RejectionReason, LocalizedText>> = {
  INVALID_CHARACTER: { fr: 'contient un caractère interdit', en: 'holds a forbidden character' },
  VARIABLE_TYPE: { fr: "n'a pas le type attendu", en: 'does not have the expected type' },
  TEXT_TOO_LONG: { fr: 'est trop long', en: 'is too long' },
  LIST_TOO_LONG: { fr: 'contient trop d’éléments', en: 'holds too many items' },
};
