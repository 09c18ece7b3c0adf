import { conflictBecause, DomainError, fieldError, preconditionFailed } from '@quorum/core';
import type { AssociationStatus } from './association.entity';

/** Every `extensions.reason` the associations lib gives. */
export const ASSOCIATIONS_ERROR_REASONS = [
  'ASSOCIATION_NOT_PARTNER',
  'ALREADY_ASSOCIATION_MEMBER',
  'ASSOCIATION_STATUS_UNCHANGEABLE',
] as const;
export type AssociationsErrorReason = (typeof ASSOCIATIONS_ERROR_REASONS)[number];

/** Where an association stands, said as a whole clause (for refusals). */
export const ASSOCIATION_STATES: Record<AssociationStatus, { fr: string; en: string }> = {
  PENDING: { fr: 'sa demande de partenariat est en attente', en: 'its request is pending' },
  PARTNER: { fr: 'elle est déjà partenaire', en: 'it is already a partner' },
  DECLINED: { fr: 'sa demande a été refusée', en: 'its request was declined' },
  SUSPENDED: { fr: 'son partenariat est suspendu', en: 'its partnership is suspended' },
};

export const ASSOCIATION_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Association introuvable.', en: 'Association not found.' });

export const ASSOCIATION_ACCOUNT_NOT_FOUND = () =>
  fieldError('input.accountId', 'compte introuvable', 'account not found');

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
