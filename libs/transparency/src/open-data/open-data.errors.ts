import { DomainError, fieldError } from '@quorum/core';
import type { FilterProblem } from './rules/filter';

/*
 * The open data's and the feeds' refusals (plain HTTP routes: the API's exception filter answers
 * them as `{ errors: [{ message, extensions: { code } }] }`, French by default).
 */

/** A filter of an open-data file that cannot apply: 400, saying which and why. */
export function badOpenDataFilter(problem: FilterProblem): DomainError {
  switch (problem.problem) {
    case 'UNKNOWN':
      return fieldError(
        problem.field,
        'filtre inconnu (filtres possibles : council, since, until)',
        'unknown filter (filters: council, since, until)',
      );
    case 'REPEATED':
      return fieldError(
        problem.field,
        'filtre donné plusieurs fois',
        'filter given more than once',
      );
    case 'NOT_A_SLUG':
      return fieldError(
        'council',
        'doit être le code d’un conseil de quartier (ex. les-tilleuls)',
        'must be the slug of a neighbourhood council (e.g. les-tilleuls)',
      );
    case 'NOT_A_DAY':
      return fieldError(
        problem.field,
        'doit être une date AAAA-MM-JJ (ex. 2026-01-31)',
        'must be a date YYYY-MM-DD (e.g. 2026-01-31)',
      );
    case 'BEFORE_SINCE':
      return fieldError(
        'until',
        'doit être le même jour que since ou un jour après',
        'must be the same day as since or later',
      );
  }
}

/** `?council=` names no council. */
export const UNKNOWN_COUNCIL_FILTER = () =>
  fieldError(
    'council',
    'aucun conseil de quartier n’a ce code',
    'no neighbourhood council has this slug',
  );

/** A calendar or a feed of a council that does not exist: 404. */
export const FEED_COUNCIL_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Conseil de quartier introuvable.',
    en: 'Neighbourhood council not found.',
  });
