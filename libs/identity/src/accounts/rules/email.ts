/** How an address is stored and looked up: trimmed, lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An address counts as verified once its owner followed a link mailed to it. */
export const isEmailVerified = (account: { emailVerifiedAt: Date | null }): boolean =>
  account.emailVerifiedAt !== null;

/**
 * When the address counts as verified from, after its owner followed a link at `now`: the first
 * time stays. (The repository writes it as `coalesce(email_verified_at, clock_now())`, its form
 * in one statement; test/identity-rules.e2e-spec.ts shows they agree.)
 */
export const verifiedSince = (current: Date | null, now: Date): Date => current ?? now;

/** The account e-mails go to accounts that still exist and have an address. */
export const isMailable = (account: { email: string | null; deletedAt: Date | null }): boolean =>
  Boolean(account.email) && account.deletedAt === null;
