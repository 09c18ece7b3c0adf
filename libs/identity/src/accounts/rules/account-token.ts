import type { AccountTokenPurpose } from '../account-token.entity';

/** How long a mailed link works: two days to confirm an address, one hour to reset a password. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3600 * 1000,
  RESET_PASSWORD: 3600 * 1000,
};

export const tokenExpiresAt = (purpose: AccountTokenPurpose, now: Date): Date =>
  new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);

/**
 * A mailed token works once, for its purpose, before it expires. (The repository's `consume` is
 * the atomic form of this rule: one conditional UPDATE, so a link cannot serve twice.)
 */
export const isTokenUsable = (
  token: { purpose: AccountTokenPurpose; usedAt: Date | null; expiresAt: Date },
  purpose: AccountTokenPurpose,
  now: Date,
): boolean =>
  token.purpose === purpose && token.usedAt === null && token.expiresAt.getTime() > now.getTime();
