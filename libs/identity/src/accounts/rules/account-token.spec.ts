import fc from 'fast-check';
import { AccountTokenPurpose } from '../account-token.entity';
import { isTokenUsable, TOKEN_LIFETIME_MS, tokenExpiresAt } from './account-token';

const HOUR = 3600 * 1000;
const now = new Date('2026-10-25T01:30:00Z');
const purpose = fc.constantFrom<AccountTokenPurpose>('VERIFY_EMAIL', 'RESET_PASSWORD');

describe('mailed links', () => {
  it('confirm an address for 48 hours, reset a password for one hour', () => {
    expect(tokenExpiresAt('VERIFY_EMAIL', now).getTime() - now.getTime()).toBe(48 * HOUR);
    expect(tokenExpiresAt('RESET_PASSWORD', now).getTime() - now.getTime()).toBe(HOUR);
  });

  it('work once, for their own purpose, until they expire', () => {
    fc.assert(
      fc.property(
        purpose,
        purpose,
        fc.integer({
          min: -2 * TOKEN_LIFETIME_MS.VERIFY_EMAIL,
          max: TOKEN_LIFETIME_MS.VERIFY_EMAIL,
        }),
        fc.boolean(),
        (made, presented, age, used) => {
          const issued = new Date(now.getTime() - age);
          const token = {
            purpose: made,
            usedAt: used ? issued : null,
            expiresAt: tokenExpiresAt(made, issued),
          };
          expect(isTokenUsable(token, presented, now)).toBe(
            made === presented && !used && age < TOKEN_LIFETIME_MS[made],
          );
        },
      ),
    );
  });
});
