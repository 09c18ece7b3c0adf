import { Account as AccountEntity } from './account.entity';
import { Account, AccountRoleGql, ResidencyMethodGql } from './account.types';

/** What the API shows of an account to its owner. */
export function accountView(account: AccountEntity): Account {
  return {
    id: account.id,
    email: account.email ?? '',
    displayName: account.displayName,
    role: account.role as AccountRoleGql,
    locale: account.locale,
    emailVerified: account.emailVerifiedAt !== null,
    residency:
      account.residencyNeighbourhood && account.residencyVerifiedAt && account.residencyMethod
        ? {
            neighbourhood: account.residencyNeighbourhood,
            verifiedAt: account.residencyVerifiedAt,
            method: account.residencyMethod as ResidencyMethodGql,
          }
        : null,
    createdAt: account.createdAt,
  };
}
