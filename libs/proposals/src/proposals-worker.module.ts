import { Module } from '@nestjs/common';
import { NotificationsWorkerModule } from '@quorum/notifications';
import { ProposalExpiryTask } from './proposal-expiry.task';
import { ProposalQualifiedJob } from './proposal-mail.jobs';

/** The worker's side of proposals: messages when they qualify, and their expiry. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [ProposalQualifiedJob, ProposalExpiryTask],
})
export class ProposalsWorkerModule {}
