import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { Actor } from '../authorization/actor';
import { ACCOUNT_NOT_FOUND, FORBIDDEN, LAST_ADMIN } from '../identity.errors';
import { Account, AccountRole } from './account.entity';
import { AccountRepository } from './account.repository';
import { leavesNoAdmin } from './last-admin';

/**
 * Platform roles, given by admins (SPEC §1: "admin: manage agents"). The guard reads the role
 * from the database on every request, so a change applies at once to every open session.
 */
@Injectable()
export class AccountRolesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly accounts: AccountRepository,
  ) {}

  async setRole(admin: Actor, accountId: string, role: AccountRole): Promise<Account> {
    return this.tx.run(async (em) => {
      // The second of two admins demoting each other sees it is no longer an admin.
      const adminIds = await this.accounts.lockAdmins(em);
      if (!adminIds.includes(admin.accountId)) throw FORBIDDEN();
      const account = await this.accounts.lock(em, accountId);
      if (!account || account.deletedAt) throw ACCOUNT_NOT_FOUND();
      if (account.role === role) return account;
      if (leavesNoAdmin(adminIds, account.id, role)) throw LAST_ADMIN();
      const before = { role: account.role };
      account.role = role;
      await this.accounts.setRole(em, account.id, role);
      await this.audit.record(em, {
        actorId: admin.accountId,
        actorRole: admin.role,
        action: 'account.role-changed',
        objectType: 'account',
        objectId: account.id,
        before,
        after: { role },
      });
      return account;
    });
  }
}
