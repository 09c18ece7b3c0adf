import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager, In } from 'typeorm';
import { Account, AccountRole, ResidencyMethod } from './account.entity';
import { isMailable } from './rules/email';
import { ERASED } from './rules/erasure';

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: 'fr' | 'en';
}

export interface VerifiedResidency {
  neighbourhood: string;
  method: ResidencyMethod;
  verifiedAt: Date;
}

/** The `account` table: people, their roles, their verified address and residency. */
@Injectable()
export class AccountRepository {
  byId(em: EntityManager, id: string): Promise<Account | null> {
    return em.findOneBy(Account, { id });
  }

  /** For an id the caller holds (its own, from a valid session): a missing row is a bug. */
  get(em: EntityManager, id: string): Promise<Account> {
    return em.findOneByOrFail(Account, { id });
  }

  /** `email` normalised (rules/email.ts). */
  byEmail(em: EntityManager, email: string): Promise<Account | null> {
    return em.findOneBy(Account, { email });
  }

  async byIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, Account>> {
    const accounts = ids.length ? await em.findBy(Account, { id: In([...ids]) }) : [];
    return new Map(accounts.map((a) => [a.id, a]));
  }

  /** The account, locked until the transaction ends (a role change). */
  lock(em: EntityManager, id: string): Promise<Account | null> {
    return em.findOne(Account, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Every admin row locked, in one order: two changes that could each remove an admin (a
   * demotion, a deletion) queue here, and the second sees the first's.
   */
  async lockAdmins(em: EntityManager): Promise<string[]> {
    const admins = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM account WHERE role = 'ADMIN' AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
    );
    return admins.map((a) => a.id);
  }

  /** The new account's id, or null when the address got an account a moment ago (unique index). */
  async insertIfNew(em: EntityManager, account: NewAccount): Promise<string | null> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO account (email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [account.email, account.displayName, account.passwordHash, account.locale],
    );
    return created?.id ?? null;
  }

  /** The first verification stays (rules/email.ts, verifiedSince). */
  async markEmailVerified(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE account SET email_verified_at = coalesce(email_verified_at, clock_now()) WHERE id = $1`,
      [id],
    );
  }

  /** A new password, set through a mailed link: which also proves the address. */
  async setPasswordByLink(em: EntityManager, id: string, passwordHash: string): Promise<void> {
    await em.query(
      `UPDATE account SET password_hash = $2, email_verified_at = coalesce(email_verified_at, clock_now())
        WHERE id = $1 AND deleted_at IS NULL`,
      [id, passwordHash],
    );
  }

  async setRole(em: EntityManager, id: string, role: AccountRole): Promise<void> {
    await em.update(Account, { id }, { role });
  }

  async setResidency(em: EntityManager, id: string, residency: VerifiedResidency): Promise<void> {
    await em.update(
      Account,
      { id },
      {
        residencyNeighbourhood: residency.neighbourhood,
        residencyMethod: residency.method,
        residencyVerifiedAt: residency.verifiedAt,
      },
    );
  }

  /** Erases the person's fields (rules/erasure.ts); the row stays, marked deleted. */
  async erase(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE account SET email = $2, display_name = $3, password_hash = $4, email_verified_at = $5,
              residency_neighbourhood = $6, residency_verified_at = $7, residency_method = $8,
              locale = $9, deleted_at = clock_now()
        WHERE id = $1`,
      [
        id,
        ERASED.email,
        ERASED.displayName,
        ERASED.passwordHash,
        ERASED.emailVerifiedAt,
        ERASED.residencyNeighbourhood,
        ERASED.residencyVerifiedAt,
        ERASED.residencyMethod,
        ERASED.locale,
      ],
    );
  }

  /** The account, if the account e-mails may still go to it (rules/email.ts). */
  async mailable(em: EntityManager, id: string): Promise<Account | null> {
    const account = await this.byId(em, id);
    return account && isMailable(account) ? account : null;
  }
}
