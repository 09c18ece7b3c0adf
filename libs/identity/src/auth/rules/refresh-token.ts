const DAY_MS = 24 * 3600 * 1000;

/** How long two presentations of one refresh token may be apart and still be a race, not a theft. */
export const REUSE_GRACE_MS = 10_000;

/** When a refresh token issued at `now` stops being redeemable. */
export const refreshTokenExpiresAt = (now: Date, ttlDays: number): Date =>
  new Date(now.getTime() + ttlDays * DAY_MS);

/**
 * A refresh token is traded once, before it expires. (The repository's `redeem` is the atomic
 * form of this rule: one conditional UPDATE, so that two requests cannot both trade it;
 * test/identity-rules.e2e-spec.ts shows they agree.)
 */
export const isRedeemable = (token: { usedAt: Date | null; expiresAt: Date }, now: Date): boolean =>
  token.usedAt === null && token.expiresAt.getTime() > now.getTime();

/** What is known of a refresh token that could not be traded. */
export interface RefusedRefreshToken {
  /** When it was traded, or null: it expired unused. */
  usedAt: Date | null;
  /** How long ago it was traded, by the database's clock (the one that timed the trade). */
  msSinceUse: number | null;
  /** Whether the token it was traded for is still unused. */
  successorUnused: boolean;
}

/**
 * A refresh token presented again after it was traded was stolen or replayed, so its session
 * must end: unless it was traded less than REUSE_GRACE_MS ago and its successor is still unused,
 * which is two tabs (or a retry after a lost answer) racing, and the late one is simply refused.
 * An unknown or expired token ends nothing.
 */
export function endsSession(token: RefusedRefreshToken | null): boolean {
  if (!token?.usedAt) return false;
  const race =
    token.msSinceUse !== null && token.msSinceUse < REUSE_GRACE_MS && token.successorUnused;
  return !race;
}
