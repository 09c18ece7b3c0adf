import { Account as AccountEntity } from './account.entity';
import {
  Account,
  AccountOverview,
  AccountRoleGql,
  Residency,
  ResidencyMethodGql,
} from './account.types';

function residencyOf(account: AccountEntity): Residency | null {
  return account.residencyNeighbourhood && account.residencyVerifiedAt && account.residencyMethod
    ? {
        neighbourhood: account.residencyNeighbourhood,
        verifiedAt: account.residencyVerifiedAt,
        method: account.residencyMethod as ResidencyMethodGql,
      }
    : null;
}

/** What the API shows of an account to its owner. */
export function accountView(account: AccountEntity): Account {
  return {
    id: account.id,
    email: account.email ?? '',
    displayName: account.displayName,
    role: account.role as AccountRoleGql,
    locale: account.locale,
    emailVerified: account.emailVerifiedAt !== null,
    residency: residencyOf(account),
    createdAt: account.createdAt,
  };
}

/** What agents and admins see of someone else's account. */
export function accountOverview(account: AccountEntity): AccountOverview {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    role: account.role as AccountRoleGql,
    emailVerified: account.emailVerifiedAt !== null,
    residency: residencyOf(account),
    deleted: account.deletedAt !== null,
  };
}
