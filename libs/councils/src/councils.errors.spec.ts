import { DomainError } from '@quorum/core';
import * as errors from './councils.errors';
import { COUNCILS_ERROR_REASONS } from './councils.errors';

/** Every refusal of the catalogue, built with sample arguments. */
const refusals = (): DomainError[] =>
  Object.values(errors)
    .filter((value): value is (...args: never[]) => DomainError => typeof value === 'function')
    .map((make) => (make as (...args: unknown[]) => DomainError)('seats', 3));

describe('the councils error catalogue', () => {
  it('lists every reason its refusals give, and gives every reason it lists', () => {
    const given = new Set(
      refusals()
        .map((error) => error.details.reason)
        .filter((reason) => reason !== undefined),
    );
    // A volunteer from elsewhere gets identity's refusal for residents of another neighbourhood.
    given.delete('NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD');
    expect([...given].sort()).toEqual([...COUNCILS_ERROR_REASONS].sort());
  });

  it('says every refusal in both languages', () => {
    for (const error of refusals()) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error.text.fr).not.toBe('');
      expect(error.text.en).not.toBe('');
    }
  });

  it('refuses a second draw as a wrong state, in good French', () => {
    const error = errors.ALREADY_DRAWN();
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.details.reason).toBe('ALREADY_DRAWN');
    expect(error.text.fr).toBe('Impossible d’effectuer le tirage : ce tirage a déjà eu lieu.');
    expect(error.text.en).toBe('Cannot run the draw: this draw has already taken place.');
  });

  it('refuses a full college with its number of seats', () => {
    const error = errors.fullCollege(4);
    expect(error.details.reason).toBe('COLLEGE_FULL');
    expect(error.text.fr).toBe('Le collège est complet (4 sièges).');
  });
});
