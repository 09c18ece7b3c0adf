/** Every `extensions.reason` the councils lib gives. */
export const COUNCILS_ERROR_REASONS = ['ALREADY_DRAWN', 'COLLEGE_FULL'] as const;
export type CouncilsErrorReason = (typeof COUNCILS_ERROR_REASONS)[number];

import { DomainError } from '@quorum/core';

export const COUNCIL_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Conseil de quartier introuvable.',
    en: 'Neighbourhood council not found.',
  });

export const fieldError = (field: string, fr: string, en: string) =>
  DomainError.badInput([{ field, message: { fr, en } }]);
