import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { FieldError } from '@quorum/core';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** Passwords: argon2id hashes, and a check against length and ~50,000 common passwords. */
@Injectable()
export class PasswordService {
  /** Verified against when there is no account, so both paths cost one argon2 verification. */
  private readonly decoy = hash('decoy password that nobody can guess: ' + Math.random());

  problem(password: string, field = 'password'): FieldError | null {
    if (password.length < PASSWORD_MIN_LENGTH) {
      return {
        field,
        message: {
          fr: `doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères`,
          en: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
        },
      };
    }
    if (password.length > PASSWORD_MAX_LENGTH) {
      return {
        field,
        message: {
          fr: `doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères`,
          en: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
        },
      };
    }
    if (COMMON_PASSWORDS.has(password.toLowerCase())) {
      return {
        field,
        message: {
          fr: 'est un mot de passe trop courant : choisissez-en un autre',
          en: 'is a too common password: choose another one',
        },
      };
    }
    return null;
  }

  hash(password: string): Promise<string> {
    return hash(password);
  }

  /** Whether the password matches; with no hash, spends the same time and says no. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoy, password);
      return false;
    }
    return verify(passwordHash, password);
  }
}
