import { Injectable } from '@nestjs/common';
import { DomainError } from '@quorum/core';
import { queryRows, TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { Actor } from '../authorization/actor';
import { FORBIDDEN } from '../authorization/authorization.guard';
import { Account, AccountRole } from './account.entity';
import { leavesNoAdmin } from './last-admin';

const LAST_ADMIN = new DomainError(
  'PRECONDITION_FAILED',
  {
    fr: "C'est le dernier compte administrateur : donnez d'abord ce rôle à quelqu'un d'autre.",
    en: 'This is the last admin account: give the role to someone else first.',
  },
  { reason: 'LAST_ADMIN' },
);

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
      // Every admin row locked, in one order: two admins demoting each other at once queue here,
      // and the second sees the first's change (and that it is no longer an admin).
      const admins = await queryRows<{ id: string }>(
        em,
        `SELECT id FROM account WHERE role = 'ADMIN' AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
      );
      const adminIds = admins.map((a) => a.id);
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
