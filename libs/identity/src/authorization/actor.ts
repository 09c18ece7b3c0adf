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
