import {
  conflictBecause,
  DomainError,
  fieldError,
  forbiddenBecause,
  preconditionFailed,
} from '@quorum/core';

/** Every `extensions.reason` the works lib gives. */
export const WORKS_ERROR_REASONS = [
  'WORKS_NOT_CURRENT',
  'WORKS_FINISHED',
  'REPORT_ALREADY_ANSWERED',
  'REPORT_ALREADY_HIDDEN',
  'ASSESSMENT_NOT_REQUESTED',
  'ASSESSMENT_CLOSED',
  'ALREADY_ASSESSED',
  'NOT_ACTING_FOR_PARTNER',
] as const;
export type WorksErrorReason = (typeof WORKS_ERROR_REASONS)[number];

export const WORKS_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Travaux introuvables.', en: 'Works not found.' });

export const REPORT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Signalement introuvable.', en: 'Report not found.' });

export const WORKS_NOT_CURRENT = () =>
  preconditionFailed('WORKS_NOT_CURRENT', {
    fr: 'Une déviation se signale pendant les travaux seulement : ceux-ci ne sont pas en cours.',
    en: 'A detour is reported on during the works only: these are not under way.',
  });

export const WORKS_FINISHED = () =>
  preconditionFailed('WORKS_FINISHED', {
    fr: 'Ces travaux sont terminés : leur déviation ne change plus.',
    en: 'These works are over: their detour no longer changes.',
  });

export const REPORT_ALREADY_ANSWERED = () =>
  preconditionFailed('REPORT_ALREADY_ANSWERED', {
    fr: 'Ce signalement a déjà reçu la réponse de la mairie.',
    en: 'This report was already answered by the town hall.',
  });

export const REPORT_ALREADY_HIDDEN = () =>
  preconditionFailed('REPORT_ALREADY_HIDDEN', {
    fr: 'Ce signalement est déjà masqué.',
    en: 'This report is already hidden.',
  });

export const BAD_GEOMETRY = (reason: string) =>
  fieldError('input.geometry', reason, 'invalid GeoJSON geometry');

export const UNKNOWN_COUNCIL = () =>
  fieldError('input.councilIds', 'un des conseils n’existe pas', 'unknown council');

export const ASSESSMENT_NOT_REQUESTED = () =>
  preconditionFailed('ASSESSMENT_NOT_REQUESTED', {
    fr: 'La mairie n’a pas demandé l’avis de cette association sur ces travaux.',
    en: 'The town hall did not ask this association for its assessment of these works.',
  });

export const ASSESSMENT_CLOSED = () =>
  preconditionFailed('ASSESSMENT_CLOSED', {
    fr: 'La date limite de l’avis est passée : la mairie ne reçoit plus d’avis sur ces travaux.',
    en: 'The assessment deadline has passed.',
  });

export const ALREADY_ASSESSED = () =>
  conflictBecause('ALREADY_ASSESSED', {
    fr: 'Cette association a déjà donné son avis sur ces travaux (un avis par association).',
    en: 'This association already gave its assessment of these works.',
  });

export const NOT_ACTING_FOR_PARTNER = () =>
  forbiddenBecause('NOT_ACTING_FOR_PARTNER', {
    fr: 'Seul·es les membres d’une association partenaire donnent son avis.',
    en: 'Only the members of a partner association give its assessment.',
  });
