import { FieldError } from '@quorum/core';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_PROBLEMS } from '../../identity.errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** Whether a password is one of the ~50,000 most common ones, whatever its case. */
export const isCommonPassword = (password: string): boolean =>
  COMMON_PASSWORDS.has(password.toLowerCase());

/**
 * What is wrong with a new password, said for `field`, or null when it may be used: from 12 to
 * 256 characters, and not a common password (checked last: a short one is told its length).
 */
export function passwordProblem(password: string, field = 'password'): FieldError | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return PASSWORD_PROBLEMS.tooShort(field, PASSWORD_MIN_LENGTH);
  if (password.length > PASSWORD_MAX_LENGTH)
    return PASSWORD_PROBLEMS.tooLong(field, PASSWORD_MAX_LENGTH);
  if (isCommonPassword(password)) return PASSWORD_PROBLEMS.tooCommon(field);
  return null;
}
