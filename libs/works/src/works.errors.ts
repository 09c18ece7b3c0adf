import { DomainError, fieldError, preconditionFailed } from '@quorum/core';

/** Every `extensions.reason` the works lib gives. */
export const WORKS_ERROR_REASONS = [
  'WORKS_NOT_CURRENT',
  'WORKS_FINISHED',
  'REPORT_ALREADY_ANSWERED',
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

export const BAD_GEOMETRY = (reason: string) =>
  fieldError('input.geometry', reason, 'invalid GeoJSON geometry');

export const UNKNOWN_COUNCIL = () =>
  fieldError('input.councilIds', 'un des conseils n’existe pas', 'unknown council');
