import { DomainError } from '@quorum/core';

export const COUNCIL_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Conseil de quartier introuvable.',
    en: 'Neighbourhood council not found.',
  });

export const fieldError = (field: string, fr: string, en: string) =>
  DomainError.badInput([{ field, message: { fr, en } }]);
