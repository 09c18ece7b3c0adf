import {
  conflictBecause,
  DomainError,
  fieldError,
  forbiddenBecause,
  preconditionFailed,
} from '@quorum/core';
import type { AssociationStatus } from './association.entity';

/** Every `extensions.reason` the associations lib gives. */
export const ASSOCIATIONS_ERROR_REASONS = [
  'ASSOCIATION_NOT_PARTNER',
  'ALREADY_ASSOCIATION_MEMBER',
  'ASSOCIATION_STATUS_UNCHANGEABLE',
  'NOT_YOUR_ENTRY',
  'NOT_ACTING_FOR_ASSOCIATION',
  'ONLY_AGENTS_PUBLISH',
  'IMPORT_TOO_LARGE',
] as const;
export type AssociationsErrorReason = (typeof ASSOCIATIONS_ERROR_REASONS)[number];

/** Where an association stands, said as a whole clause (for refusals). */
export const ASSOCIATION_STATES: Record<AssociationStatus, { fr: string; en: string }> = {
  PENDING: { fr: 'sa demande de partenariat est en attente', en: 'its request is pending' },
  PARTNER: { fr: 'elle est déjà partenaire', en: 'it is already a partner' },
  DECLINED: { fr: 'sa demande a été refusée', en: 'its request was declined' },
  SUSPENDED: { fr: 'son partenariat est suspendu', en: 'its partnership is suspended' },
};

export const INVALID_CURSOR = () => fieldError('after', 'curseur invalide', 'invalid cursor');

export const ASSOCIATION_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Association introuvable.', en: 'Association not found.' });

export const ASSOCIATION_ACCOUNT_NOT_FOUND = () =>
  fieldError('input.accountId', 'compte introuvable', 'account not found');

export const ASSOCIATION_EMAIL_NOT_FOUND = () =>
  fieldError(
    'input.email',
    'aucun compte Quorum n’a cette adresse électronique (la personne doit d’abord créer son compte)',
    'no Quorum account has this e-mail address (they must sign up first)',
  );

export const REASON_REQUIRED = () =>
  fieldError(
    'input.reason',
    'obligatoire pour refuser ou suspendre un partenariat',
    'required to decline or suspend a partnership',
  );

export const NO_FIELD = () =>
  fieldError('input.fields', 'au moins un domaine d’action', 'at least one field');

export const NOT_A_PARTNER = () =>
  preconditionFailed<AssociationsErrorReason>('ASSOCIATION_NOT_PARTNER', {
    fr: 'Cette association n’est pas (ou plus) partenaire de la mairie.',
    en: 'This association is not (or no longer) a partner of the town hall.',
  });

export const ALREADY_MEMBER = () =>
  conflictBecause<AssociationsErrorReason>('ALREADY_ASSOCIATION_MEMBER', {
    fr: 'Cette personne agit déjà pour cette association.',
    en: 'This person already acts for this association.',
  });

export const NOT_AN_ASSOCIATION_MEMBER = () =>
  fieldError(
    'input.accountId',
    'n’agit pas pour cette association',
    'does not act for this association',
  );

/** A decision the status rules refuse (e.g. approving a partner again). */
export const statusUnchangeable = (from: AssociationStatus) =>
  preconditionFailed<AssociationsErrorReason>('ASSOCIATION_STATUS_UNCHANGEABLE', {
    fr: `Impossible de prendre cette décision : ${ASSOCIATION_STATES[from].fr}.`,
    en: `Cannot take this decision: ${ASSOCIATION_STATES[from].en}.`,
  });

// Solidarity entries

export const ENTRY_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Fiche solidarité introuvable.',
    en: 'Solidarity entry not found.',
  });

export const NOT_YOUR_ENTRY = () =>
  forbiddenBecause<AssociationsErrorReason>('NOT_YOUR_ENTRY', {
    fr: 'Seule l’association qui assure ce service, ou la mairie, peut modifier cette fiche.',
    en: 'Only the association that runs this service, or the town hall, can edit this entry.',
  });

/**
 * A partner naming an association they do not act for: a matter of privilege (FORBIDDEN), not of
 * a badly filled form; the site's form only offers the caller's own associations.
 */
export const NOT_ACTING_FOR_ASSOCIATION = () =>
  forbiddenBecause<AssociationsErrorReason>('NOT_ACTING_FOR_ASSOCIATION', {
    fr: 'Vous n’agissez pas pour cette association partenaire.',
    en: 'You do not act for this partner association.',
  });

/** An agent naming an association that is not a partner. */
export const NOT_YOUR_ASSOCIATION = () =>
  fieldError(
    'input.associationId',
    'vous n’agissez pas pour cette association partenaire',
    'you do not act for this partner association',
  );

export const OPERATOR_REQUIRED = () =>
  fieldError(
    'input.operatorName',
    'indiquez l’association partenaire ou l’organisme qui assure le service',
    'name the partner association or the body that runs the service',
  );

export const SOLIGUIDE_URL_INVALID = () =>
  fieldError(
    'input.soliguideUrl',
    'une adresse https://soliguide.fr/…',
    'an address https://soliguide.fr/…',
  );

export const COUNCIL_UNKNOWN = () =>
  fieldError('input.councilId', 'conseil de quartier introuvable', 'council not found');

export const ONLY_AGENTS_PUBLISH = () =>
  forbiddenBecause<AssociationsErrorReason>('ONLY_AGENTS_PUBLISH', {
    fr: 'Seule la mairie publie ou retire une fiche.',
    en: 'Only the town hall publishes or withdraws an entry.',
  });

export const IMPORT_EMPTY = () =>
  fieldError('input.csv', 'le fichier ne contient aucune ligne', 'the file holds no line');

/** The mapping names headers the file does not have. */
export const importHeadersMissing = (headers: string[]) =>
  fieldError(
    'input.mapping',
    `colonnes absentes du fichier : ${headers.join(', ')}`,
    `columns missing from the file: ${headers.join(', ')}`,
  );

/** At most this many lines (besides the header) per imported file: a town's page holds dozens. */
export const IMPORT_MAX_LINES = 2000;

/**
 * A file longer than the limit is refused whole, with how many lines it has: never imported in
 * part (the lines past the limit would be lost without a word).
 */
export const importTooLarge = (lines: number) => {
  const fr = `le fichier compte ${lines.toLocaleString('fr-FR')} lignes, au plus ${IMPORT_MAX_LINES.toLocaleString('fr-FR')} par import : découpez-le en plusieurs fichiers`;
  const en = `the file has ${lines} lines, at most ${IMPORT_MAX_LINES} per import: split it into several files`;
  return new DomainError(
    'BAD_USER_INPUT',
    { fr: `Champ input.csv : ${fr}.`, en: `Field input.csv: ${en}.` },
    { fields: [{ field: 'input.csv', message: { fr, en } }], reason: 'IMPORT_TOO_LARGE' },
  );
};

export const IMPORT_MALFORMED = () =>
  fieldError('input.csv', 'fichier CSV illisible', 'unreadable CSV file');
