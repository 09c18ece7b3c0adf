import { ANONYMOUS_NAME, ERASED, PERSONAL_FIELDS } from './erasure';

describe('erasing an account', () => {
  it('replaces every personal field, and nothing else', () => {
    expect(Object.keys(ERASED).sort()).toEqual([...PERSONAL_FIELDS].sort());
  });

  it('keeps no address, password, verification or residency', () => {
    expect(ERASED).toMatchObject({
      email: null,
      passwordHash: null,
      emailVerifiedAt: null,
      residencyNeighbourhood: null,
      residencyVerifiedAt: null,
      residencyMethod: null,
    });
  });

  it('leaves public contributions under the anonymous name, in the default locale', () => {
    expect(ERASED.displayName).toBe(ANONYMOUS_NAME);
    expect(ANONYMOUS_NAME).toBe('Participant·e anonyme');
    expect(ERASED.locale).toBe('fr');
  });
});
