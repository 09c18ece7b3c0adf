import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '@quorum/notifications';
import {
  SendAlreadyRegisteredEmailJob,
  SendPasswordResetEmailJob,
  SendVerificationEmailJob,
} from './accounts/account-mail.jobs';
import { AccountTokenRepository } from './accounts/account-token.repository';
import { AccountTokenService } from './accounts/account-token.service';

/** The worker's side of identity: the account e-mails. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [
    AccountTokenService,
    AccountTokenRepository,
    SendVerificationEmailJob,
    SendPasswordResetEmailJob,
    SendAlreadyRegisteredEmailJob,
  ],
})
export class IdentityWorkerModule {}
