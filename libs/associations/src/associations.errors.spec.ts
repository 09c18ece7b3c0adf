import { DomainError } from '@quorum/core';
import { ASSOCIATION_STATUSES } from './association.entity';
import * as errors from './associations.errors';
import { ASSOCIATIONS_ERROR_REASONS } from './associations.errors';

/** Every refusal of the catalogue, built with each status as its argument. */
const refusals = (): DomainError[] =>
  Object.entries(errors)
    .filter(
      (entry): entry is [string, (...args: never[]) => DomainError] =>
        typeof entry[1] === 'function',
    )
    .flatMap(([name, make]) =>
      name === 'importHeadersMissing'
        ? [(make as (headers: string[]) => DomainError)(['Nom'])]
        : name === 'importTooLarge'
          ? [(make as (lines: number) => DomainError)(2001)]
          : ASSOCIATION_STATUSES.map((status) =>
              (make as (...args: unknown[]) => DomainError)(status),
            ),
    );

describe('the associations error catalogue', () => {
  it('lists every reason its refusals give, and gives every reason it lists', () => {
    const given = new Set(
      refusals()
        .map((error) => error.details.reason)
        .filter(Boolean),
    );
    expect([...given].sort()).toEqual([...ASSOCIATIONS_ERROR_REASONS].sort());
  });

  it('says every refusal in both languages', () => {
    for (const error of refusals()) {
      expect(error.text.fr).not.toBe('');
      expect(error.text.en).not.toBe('');
    }
  });
});
