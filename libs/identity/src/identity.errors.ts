import {
  DomainError,
  FieldError,
  fieldError,
  forbiddenBecause,
  LocalizedText,
  preconditionFailed,
} from '@quorum/core';

/** Every `extensions.reason` the identity lib gives. */
export const IDENTITY_ERROR_REASONS = [
  'EMAIL_NOT_VERIFIED',
  'LAST_ADMIN',
  'NOT_ALLOWED',
  'NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD',
  'REFRESH_TOKEN_INVALID',
  'RESIDENCY_NOT_VERIFIED',
  'SESSION_ENDED',
  'SIGN_IN_REQUIRED',
  'WRONG_CREDENTIALS',
] as const;
export type IdentityErrorReason = (typeof IDENTITY_ERROR_REASONS)[number];

const unauthenticated = (reason: IdentityErrorReason, text: LocalizedText): DomainError =>
  new DomainError('UNAUTHENTICATED', text, { reason });

// Authorization: the guard's and the policies' refusals.

export const FORBIDDEN = () =>
  forbiddenBecause('NOT_ALLOWED', {
    fr: "Vous n'avez pas le droit de faire cela.",
    en: 'You are not allowed to do this.',
  });

export const SIGN_IN_REQUIRED = () =>
  unauthenticated('SIGN_IN_REQUIRED', {
    fr: 'Connectez-vous pour faire cela.',
    en: 'Sign in to do this.',
  });

/**
 * Verdicts the policies return, one value each: a caller (and a test) may compare them by
 * identity, and they hold nothing of the request.
 */
export const EMAIL_NOT_VERIFIED = forbiddenBecause('EMAIL_NOT_VERIFIED', {
  fr: "Confirmez d'abord votre adresse e-mail, en ouvrant le lien du message reçu à l'inscription.",
  en: 'Confirm your e-mail address first, with the link of the message sent when you signed up.',
});

export const RESIDENCY_NOT_VERIFIED = forbiddenBecause('RESIDENCY_NOT_VERIFIED', {
  fr: "Il faut d'abord que votre résidence soit vérifiée : par un·e agent·e de la mairie, sur présentation d'un justificatif de domicile, ou en retrouvant votre entrée du recensement de la ville (claimResidency).",
  en: "Your residency must be verified first: by a town-hall agent, with a proof of address, or by claiming your entry of the town's census list (claimResidency).",
});

/**
 * A verified resident of another neighbourhood, refused what is for this one's residents: what
 * the refusal says, and what to do after a move.
 */
export const notAResidentHere = (what: LocalizedText): DomainError =>
  forbiddenBecause('NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD', {
    fr: `${what.fr} Votre résidence est vérifiée dans un autre quartier : si vous avez déménagé, faites-la vérifier de nouveau à la mairie.`,
    en: `${what.en} Your residency is verified in another neighbourhood: if you have moved, have it verified again at the town hall.`,
  });

// Sign-in, sessions and tokens.

export const WRONG_CREDENTIALS = () =>
  unauthenticated('WRONG_CREDENTIALS', {
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    en: 'Wrong e-mail address or password.',
  });

export const SESSION_ENDED = () =>
  unauthenticated('SESSION_ENDED', {
    fr: 'Votre session a expiré ou a été fermée : reconnectez-vous.',
    en: 'Your session expired or was closed: sign in again.',
  });

/** A refresh token that cannot be traded (unknown, expired, used, or its session closed). */
export const REFRESH_REFUSED = () =>
  unauthenticated('REFRESH_TOKEN_INVALID', {
    fr: 'Ce jeton de rafraîchissement n’est plus valable : reconnectez-vous.',
    en: 'This refresh token is no longer valid: sign in again.',
  });

/** A mailed link's token that is unknown, expired or already used. */
export const INVALID_LINK = (field: string) =>
  fieldError(
    field,
    'ce lien est invalide, expiré ou a déjà servi',
    'this link is invalid, expired or already used',
  );

export const WRONG_PASSWORD = () =>
  fieldError('password', 'mot de passe incorrect', 'wrong password');

/** What the password policy says of a password it refuses, for the field the caller names. */
export const PASSWORD_PROBLEMS = {
  tooShort: (field: string, min: number): FieldError => ({
    field,
    message: {
      fr: `doit contenir au moins ${min} caractères`,
      en: `must be at least ${min} characters long`,
    },
  }),
  tooLong: (field: string, max: number): FieldError => ({
    field,
    message: {
      fr: `doit contenir au plus ${max} caractères`,
      en: `must be at most ${max} characters long`,
    },
  }),
  tooCommon: (field: string): FieldError => ({
    field,
    message: {
      fr: 'est un mot de passe trop courant : choisissez-en un autre',
      en: 'is a too common password: choose another one',
    },
  }),
};

/** A new password the policy refuses (rules/password-policy.ts), on its field. */
export const PASSWORD_REFUSED = (problem: FieldError) => DomainError.badInput([problem]);

// Accounts and roles.

export const ACCOUNT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Compte introuvable.', en: 'Account not found.' });

export const LAST_ADMIN = () =>
  preconditionFailed('LAST_ADMIN', {
    fr: "C'est le dernier compte administrateur : donnez d'abord ce rôle à quelqu'un d'autre.",
    en: 'This is the last admin account: give the role to someone else first.',
  });

// Lists' cursors.

export const INVALID_CURSOR = () => fieldError('after', 'curseur invalide', 'invalid cursor');

export const INVALID_CURSOR_FOR_LIST = () =>
  fieldError('after', 'curseur invalide pour cette liste', 'invalid cursor for this list');

// Residency: census claims and imports.

export const ALREADY_LINKED = () =>
  new DomainError('CONFLICT', {
    fr: 'Votre compte est déjà rattaché à une entrée du recensement.',
    en: 'Your account is already linked to a census entry.',
  });

/** Also the answer when another account holds the entry: the caller must not learn which. */
export const NO_CENSUS_MATCH = () =>
  DomainError.notFound({
    fr: 'Aucune entrée libre du recensement ne correspond à ces informations. Vérifiez-les, ou adressez-vous à la mairie.',
    en: 'No unclaimed census entry matches this information. Check it, or contact the town hall.',
  });

export const CENSUS_HEADER_INVALID = () =>
  fieldError(
    'input.csv',
    "la première ligne doit nommer les colonnes : nom, prenoms, date_naissance, quartier (rien n'a été importé)",
    'the first line must name the columns: last_name, first_names, birth_date, neighbourhood (nothing was imported)',
  );

export const CENSUS_QUOTE_NOT_CLOSED = (line: number) =>
  fieldError(
    'input.csv',
    `guillemet non fermé (ligne ${line} ou avant) : rien n'a été importé`,
    `unclosed quote (line ${line} or before): nothing was imported`,
  );

/** Why an import report rejects a line (or a claim its birth date). */
export const CENSUS_REJECTIONS = {
  missing: (field: string): LocalizedText => ({
    fr: `champ vide : ${field}`,
    en: `empty field: ${field}`,
  }),
  badDate: { fr: 'date de naissance invalide', en: 'invalid birth date' },
  duplicate: {
    fr: 'personne déjà présente dans le recensement',
    en: 'person already in the census',
  },
  malformed: (detail: string): LocalizedText => ({
    fr: `ligne mal formée (${detail})`,
    en: `malformed line (${detail})`,
  }),
} satisfies Record<string, LocalizedText | ((detail: string) => LocalizedText)>;

export const BAD_BIRTH_DATE = () =>
  DomainError.badInput([{ field: 'input.birthDate', message: CENSUS_REJECTIONS.badDate }]);

// Acknowledgements: the same answer whether or not the address has an account

export const REGISTRATION_SENT: LocalizedText = {
  fr: "Si cette adresse n'a pas encore de compte, un e-mail de confirmation vient de lui être envoyé.",
  en: 'If this address has no account yet, a confirmation e-mail has just been sent to it.',
};

export const RESET_SENT: LocalizedText = {
  fr: 'Si cette adresse a un compte, un e-mail pour choisir un nouveau mot de passe vient de lui être envoyé.',
  en: 'If this address has an account, an e-mail to choose a new password has just been sent to it.',
};
