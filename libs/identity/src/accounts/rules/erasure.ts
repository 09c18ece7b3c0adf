import type { Account } from '../account.entity';

/** The display name a deleted account's public contributions keep. */
export const ANONYMOUS_NAME = 'Participant·e anonyme';

/** The fields of an account that say who the person is: all of them are erased. */
export const PERSONAL_FIELDS = [
  'email',
  'displayName',
  'passwordHash',
  'emailVerifiedAt',
  'residencyNeighbourhood',
  'residencyVerifiedAt',
  'residencyMethod',
  'locale',
] as const satisfies readonly (keyof Account)[];

export type ErasedFields = Pick<Account, (typeof PERSONAL_FIELDS)[number]>;

/**
 * What a deleted account holds in place of the person (SPEC §1): no address, no password, no
 * residency, the default locale, and the anonymous name its public contributions show. The row
 * itself stays, with its id, role and creation date, so those contributions keep an author. (The
 * repository's `erase` writes these values, and the time of deletion.)
 */
export const ERASED: Readonly<ErasedFields> = {
  email: null,
  displayName: ANONYMOUS_NAME,
  passwordHash: null,
  emailVerifiedAt: null,
  residencyNeighbourhood: null,
  residencyVerifiedAt: null,
  residencyMethod: null,
  locale: 'fr',
};
