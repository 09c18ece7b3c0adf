import type { AccountRole } from '../accounts/account.entity';

/** Who is calling, as the server established it from a valid access token. */
export interface Actor {
  accountId: string;
  sessionId: string;
  role: AccountRole;
  emailVerified: boolean;
  /** The neighbourhood where residency was verified, if it was. */
  residencyNeighbourhood: string | null;
}

/**
 * Whether the caller speaks for the town hall (an agent or an administrator): the one test the
 * libs share, rather than each its own copy of the two roles.
 */
export const isTownHall = (actor: Pick<Actor, 'role'> | null | undefined): boolean =>
  actor?.role === 'AGENT' || actor?.role === 'ADMIN';
