import { Injectable } from '@nestjs/common';
import { DomainError } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { Actor } from '../authorization/actor';
import { FORBIDDEN } from '../authorization/authorization.guard';
import { Account, AccountRole } from './account.entity';
import { lockAdmins } from './admins.repository';
import { LAST_ADMIN, leavesNoAdmin } from './last-admin';

/**
 * Platform roles, given by admins (SPEC §1: "admin: manage agents"). The guard reads the role
 * from the database on every request, so a change applies at once to every open session.
 */
@Injectable()
export class AccountRolesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async setRole(admin: Actor, accountId: string, role: AccountRole): Promise<Account> {
    return this.tx.run(async (em) => {
      // The second of two admins demoting each other sees it is no longer an admin.
      const adminIds = await lockAdmins(em);
      if (!adminIds.includes(admin.accountId)) throw FORBIDDEN;
      const account = await em.findOne(Account, {
        where: { id: accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account || account.deletedAt) {
        throw DomainError.notFound({ fr: 'Compte introuvable.', en: 'Account not found.' });
      }
      if (account.role === role) return account;
      if (leavesNoAdmin(adminIds, account.id, role)) throw LAST_ADMIN;
      const before = { role: account.role };
      account.role = role;
      await em.update(Account, { id: account.id }, { role });
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
