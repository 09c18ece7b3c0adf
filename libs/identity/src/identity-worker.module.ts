import { Module } from '@nestjs/common';
import { AccountTokenService } from './accounts/account-token.service';

/** What the worker needs of identity: the account e-mails' tokens (the e-mails are notifications'). */
@Module({
  providers: [AccountTokenService],
  exports: [AccountTokenService],
})
export class IdentityWorkerModule {}
