import type { AccountRole } from '../../accounts/account.entity';
import { isEmailVerified } from '../../accounts/rules/email';
import type { Actor } from '../../authorization/actor';

/** A session and its account, as stored. */
export interface SessionOfAccount {
  revokedAt: Date | null;
  accountDeletedAt: Date | null;
  role: AccountRole;
  emailVerifiedAt: Date | null;
  residencyNeighbourhood: string | null;
}

/** A session ends when it is revoked (sign-out, password reset, a reused refresh token). */
export const isRevoked = (session: { revokedAt: Date | null }): boolean =>
  session.revokedAt !== null;

/** A session's tokens let the caller in while it is not revoked and its account not deleted. */
export const letsIn = (session: SessionOfAccount): boolean =>
  !isRevoked(session) && session.accountDeletedAt === null;

/** The caller an access token stands for, or null when its session no longer lets it in. */
export function actorOf(
  ids: { accountId: string; sessionId: string },
  session: SessionOfAccount | null,
): Actor | null {
  if (!session || !letsIn(session)) return null;
  return {
    accountId: ids.accountId,
    sessionId: ids.sessionId,
    role: session.role,
    emailVerified: isEmailVerified({ emailVerifiedAt: session.emailVerifiedAt }),
    residencyNeighbourhood: session.residencyNeighbourhood,
  };
}
