import { Module } from '@nestjs/common';
import { AccountTokenRepository } from './accounts/account-token.repository';
import { AccountTokenService } from './accounts/account-token.service';

/** What the worker needs of identity: the account e-mails' tokens (the e-mails are notifications'). */
@Module({
  providers: [AccountTokenService, AccountTokenRepository],
  exports: [AccountTokenService],
})
export class IdentityWorkerModule {}
