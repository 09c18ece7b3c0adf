import { DomainError, fieldError, preconditionFailed } from '@quorum/core';

/** Every `extensions.reason` the places lib gives. */
export const PLACES_ERROR_REASONS = ['REPORT_ALREADY_ANSWERED', 'REPORT_ALREADY_HIDDEN'] as const;
export type PlacesErrorReason = (typeof PLACES_ERROR_REASONS)[number];

export const PLACE_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Lieu introuvable.', en: 'Place not found.' });

export const PLACE_REPORT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Signalement introuvable.', en: 'Report not found.' });

export const REPORT_ALREADY_ANSWERED = () =>
  preconditionFailed('REPORT_ALREADY_ANSWERED', {
    fr: 'La mairie a déjà répondu à ce signalement.',
    en: 'The town hall already answered this report.',
  });

export const REPORT_ALREADY_HIDDEN = () =>
  preconditionFailed('REPORT_ALREADY_HIDDEN', {
    fr: 'Ce signalement est déjà masqué.',
    en: 'This report is already hidden.',
  });

export const CHECK_IN_FUTURE = () =>
  fieldError(
    'input.checkedOn',
    'la date de la vérification ne peut pas être dans le futur',
    'the check cannot be dated in the future',
  );

export const CHECK_WITHOUT_DATE = () =>
  fieldError('input.checkedOn', 'indiquez la date de la vérification', 'give the day of the check');
