import fc from 'fast-check';
import { dictionary } from '@zxcvbn-ts/language-common';
import {
  isCommonPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
} from './password-policy';

const common = dictionary['passwords-common'].filter((p) => p.length >= PASSWORD_MIN_LENGTH);
/** Random enough never to be a common password. */
const uncommon = (length: number) =>
  fc
    .string({ unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz23456789#%&'), minLength: length })
    .map((s) => `Qz7#${s}`.slice(0, length));

describe('password policy', () => {
  it('refuses a password shorter than 12 characters, saying the minimum', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (password) => {
        expect(passwordProblem(password, 'input.password')).toEqual({
          field: 'input.password',
          message: {
            fr: 'doit contenir au moins 12 caractères',
            en: 'must be at least 12 characters long',
          },
        });
      }),
    );
  });

  it('refuses a password longer than 256 characters, saying the maximum', () => {
    fc.assert(
      fc.property(fc.string({ minLength: PASSWORD_MAX_LENGTH + 1, maxLength: 400 }), (password) => {
        expect(passwordProblem(password)?.message.fr).toBe('doit contenir au plus 256 caractères');
      }),
    );
  });

  it('refuses a common password whatever its case', () => {
    expect(common.length).toBeGreaterThan(0);
    for (const password of common.slice(0, 50)) {
      expect(isCommonPassword(password.toUpperCase())).toBe(true);
      expect(passwordProblem(password)?.message.fr).toBe(
        'est un mot de passe trop courant : choisissez-en un autre',
      );
    }
  });

  it('accepts any other password from 12 to 256 characters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }).chain(uncommon),
        (password) => {
          fc.pre(password.length <= PASSWORD_MAX_LENGTH && !isCommonPassword(password));
          expect(passwordProblem(password)).toBeNull();
        },
      ),
    );
  });

  it('names the field the caller gives, "password" by default', () => {
    expect(passwordProblem('short')?.field).toBe('password');
    expect(passwordProblem('short', 'input.newPassword')?.field).toBe('input.newPassword');
  });
});
