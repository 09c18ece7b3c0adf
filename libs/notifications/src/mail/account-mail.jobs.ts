import { Injectable } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AccountEventPayload, HandlesJob, JobContext, JobHandler } from '@quorum/outbox';
import { Mailer } from './mailer.service';
import { AccountService, AccountTokenPurpose, AccountTokenService } from '@quorum/identity';

/** Link paths of the front end; the API mutation to call with the token is named beside. */
export const ACCOUNT_LINKS = {
  verifyEmail: '/compte/confirmer', // verifyEmail(token)
  resetPassword: '/compte/mot-de-passe', // resetPassword(input: { token, newPassword })
};

/**
 * Shared by the account e-mails: the token is made here, in the worker, so it never sits in clear
 * in the outbox; a message already sent (same delivery key) is not sent or tokenised again.
 */
@Injectable()
abstract class AccountLinkMailJob implements JobHandler<AccountEventPayload> {
  protected abstract readonly template: 'verify-email' | 'reset-password' | 'already-registered';
  protected abstract readonly purpose: AccountTokenPurpose | null;
  protected abstract readonly path: string;

  constructor(
    private readonly tx: TransactionService,
    private readonly tokens: AccountTokenService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle({ outboxId, payload }: JobContext<AccountEventPayload>): Promise<void> {
    const deliveryKey = `${this.template}-${outboxId}`;
    if (await this.mailer.alreadySent(deliveryKey)) return;
    const prepared = await this.tx.run(async (em) => {
      const account = await AccountService.mailable(em, payload.accountId);
      if (!account?.email) return null;
      if (this.purpose === 'VERIFY_EMAIL' && account.emailVerifiedAt) return null;
      const token = this.purpose ? await this.tokens.create(em, account.id, this.purpose) : null;
      return { account, token };
    });
    if (!prepared?.account.email) return;
    const url = new URL(this.config.publicUrl + this.path);
    if (prepared.token) url.searchParams.set('token', prepared.token);
    await this.mailer.send(
      deliveryKey,
      prepared.account.email,
      this.template,
      { displayName: prepared.account.displayName, link: url.toString() },
      prepared.account.locale,
    );
  }
}

@Injectable()
@HandlesJob('account.email-verification-requested')
export class SendVerificationEmailJob extends AccountLinkMailJob {
  protected readonly template = 'verify-email';
  protected readonly purpose = 'VERIFY_EMAIL';
  protected readonly path = ACCOUNT_LINKS.verifyEmail;
}

@Injectable()
@HandlesJob('account.password-reset-requested')
export class SendPasswordResetEmailJob extends AccountLinkMailJob {
  protected readonly template = 'reset-password';
  protected readonly purpose = 'RESET_PASSWORD';
  protected readonly path = ACCOUNT_LINKS.resetPassword;
}

@Injectable()
@HandlesJob('account.registration-attempted')
export class SendAlreadyRegisteredEmailJob extends AccountLinkMailJob {
  protected readonly template = 'already-registered';
  protected readonly purpose = null;
  protected readonly path = ACCOUNT_LINKS.resetPassword;
}
