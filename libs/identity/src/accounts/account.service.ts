import { Injectable } from '@nestjs/common';
import { RateLimiter } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { TokenService } from '../auth/token.service';
import { Actor } from '../authorization/actor';
import { INVALID_LINK, PASSWORD_REFUSED, WRONG_CREDENTIALS } from '../identity.errors';
import { Account } from './account.entity';
import { AccountRepository } from './account.repository';
import { AccountTokenService } from './account-token.service';
import { AuthPayload } from './account.types';
import { accountView } from './account.view';
import { normalizeEmail } from './rules/email';

/** Accounts and sessions: sign-up, address check, sign-in, tokens, password reset (SPEC §1, §8). */
@Injectable()
export class AccountService {
  constructor(
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly accountTokens: AccountTokenService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly accounts: AccountRepository,
  ) {}

  /** Same answer whether or not the address has an account; its owner is told by e-mail. */
  async register(
    input: { email: string; password: string; displayName: string; locale?: 'fr' | 'en' },
    ip: string,
  ): Promise<void> {
    await this.rateLimiter.consume([['register:ip', ip]]);
    const problem = this.passwords.problem(input.password);
    if (problem) throw PASSWORD_REFUSED({ ...problem, field: 'input.password' });
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    // Counted whether or not the address has an account; past the budget, no further e-mail.
    const mayMail = await this.rateLimiter.allows('register:email', email);
    await this.tx.run(async (em) => {
      const existing = await this.accounts.byEmail(em, email);
      if (existing) {
        if (mayMail)
          await this.outbox.record(em, 'account.registration-attempted', {
            accountId: existing.id,
          });
        return;
      }
      const createdId = await this.accounts.insertIfNew(em, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        locale: input.locale ?? 'fr',
      });
      if (!createdId) return; // registered a moment ago by a concurrent request
      await this.outbox.record(em, 'account.email-verification-requested', {
        accountId: createdId,
      });
      await this.audit.record(em, {
        actorId: createdId,
        action: 'account.registered',
        objectType: 'account',
        objectId: createdId,
      });
    });
  }

  async verifyEmail(token: string): Promise<void> {
    await this.tx.run(async (em) => {
      const accountId = await this.accountTokens.consume(em, token, 'VERIFY_EMAIL');
      if (!accountId) throw INVALID_LINK('token');
      await this.accounts.markEmailVerified(em, accountId);
      await this.audit.record(em, {
        actorId: accountId,
        action: 'account.email-verified',
        objectType: 'account',
        objectId: accountId,
      });
    });
  }

  /**
   * One argon2 verification whether or not the address exists, and one answer for both. Failures
   * are refused per (account, address) and per address, and only slowed down per account, so
   * nobody elsewhere can lock the owner out; a success counts for nothing.
   */
  async login(input: { email: string; password: string }, ip: string): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const fromHere = `${email}\n${ip}`;
    const attempt = await this.rateLimiter.consume([
      ['login:account-ip', fromHere],
      ['login:ip', ip],
    ]);
    const accountWide = await this.rateLimiter.slowDown('login:account', email);
    const account = await this.tx.run((em) => this.accounts.byEmail(em, email));
    const valid = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    if (!account || !valid) throw WRONG_CREDENTIALS();
    await attempt.refund();
    await accountWide.refund();
    await this.rateLimiter.forget('login:account-ip', fromHere);
    return this.tx.run(async (em) => {
      const { sessionId, refreshToken } = await this.sessions.open(em, account.id);
      return this.payload(account, sessionId, refreshToken);
    });
  }

  async refresh(presented: string): Promise<AuthPayload> {
    return this.tx.run(async (em) => {
      const { sessionId, accountId, refreshToken } = await this.sessions.rotate(em, presented);
      const account = await this.accounts.get(em, accountId);
      return this.payload(account, sessionId, refreshToken);
    });
  }

  async logout(actor: Actor): Promise<void> {
    await this.tx.run((em) => this.sessions.revoke(em, actor.sessionId, 'logout'));
  }

  /**
   * The caller's address has a budget; the account has one e-mail per window, whoever asks:
   * further requests get the same answer and no e-mail, and the link already sent stays valid,
   * so requests by others never stop the owner resetting.
   */
  async requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    await this.rateLimiter.consume([['password-reset:ip', ip]]);
    if (!(await this.rateLimiter.allows('password-reset:account', email))) return;
    await this.tx.run(async (em) => {
      const account = await this.accounts.byEmail(em, email);
      if (account)
        await this.outbox.record(em, 'account.password-reset-requested', { accountId: account.id });
    });
  }

  /** Sets the password, proves the mailbox, and signs the account out everywhere. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const problem = this.passwords.problem(newPassword, 'input.newPassword');
    if (problem) throw PASSWORD_REFUSED(problem);
    const passwordHash = await this.passwords.hash(newPassword);
    await this.tx.run(async (em) => {
      const accountId = await this.accountTokens.consume(em, token, 'RESET_PASSWORD');
      if (!accountId) throw INVALID_LINK('input.token');
      await this.accounts.setPasswordByLink(em, accountId, passwordHash);
      await this.sessions.revokeAll(em, accountId, 'password-reset');
      await this.audit.record(em, {
        actorId: accountId,
        action: 'account.password-reset',
        objectType: 'account',
        objectId: accountId,
      });
    });
  }

  /** A read (one statement, no BEGIN/COMMIT): the site asks `me` on every page a person opens. */
  async get(accountId: string): Promise<Account> {
    return this.tx.read((em) => this.accounts.get(em, accountId));
  }

  private async payload(
    account: Account,
    sessionId: string,
    refreshToken: string,
  ): Promise<AuthPayload> {
    const access = await this.tokens.signAccess(account.id, sessionId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      account: accountView(account),
    };
  }

  /**
   * For the e-mail jobs: the account, if it still exists and has an address. Static because the
   * jobs call it so (they are moving lib); the repository holds no state.
   */
  static mailable(em: EntityManager, accountId: string): Promise<Account | null> {
    return new AccountRepository().mailable(em, accountId);
  }
}
