import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { FieldError } from '@quorum/core';
import { passwordProblem } from './rules/password-policy';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './rules/password-policy';

/** Passwords: argon2id hashes, and the password policy (rules/password-policy.ts). */
@Injectable()
export class PasswordService {
  /** Verified against when there is no account, so both paths cost one argon2 verification. */
  private readonly decoy = hash('decoy password that nobody can guess: ' + Math.random());

  problem(password: string, field = 'password'): FieldError | null {
    return passwordProblem(password, field);
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
