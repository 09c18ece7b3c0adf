import { Account as AccountEntity } from './account.entity';
import {
  Account,
  AccountOverview,
  AccountRoleGql,
  Residency,
  ResidencyMethodGql,
} from './account.types';
import { isEmailVerified } from './rules/email';

/** The columns an overview shows (what account-directory queries select). */
export type AccountOverviewRow = Pick<
  AccountEntity,
  | 'id'
  | 'displayName'
  | 'email'
  | 'role'
  | 'emailVerifiedAt'
  | 'residencyNeighbourhood'
  | 'residencyVerifiedAt'
  | 'residencyMethod'
  | 'createdAt'
  | 'deletedAt'
>;

function residencyOf(account: AccountOverviewRow): Residency | null {
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
    emailVerified: isEmailVerified(account),
    residency: residencyOf(account),
    createdAt: account.createdAt,
  };
}

/** What agents and admins see of someone else's account. */
export function accountOverview(account: AccountOverviewRow): AccountOverview {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    role: account.role as AccountRoleGql,
    emailVerified: isEmailVerified(account),
    residency: residencyOf(account),
    createdAt: account.createdAt,
    deleted: account.deletedAt !== null,
  };
}
