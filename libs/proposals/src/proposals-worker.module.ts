import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { ProposalExpiryTask } from './proposal-expiry.task';
import { AnswerDeadlinesTask } from './answer-deadlines.task';
import { PROPOSAL_NOTICES } from './proposal-notifications';
import { ProposalNoticeRepository } from './proposal-notifications.repository';
import { ProposalRepository } from './proposal.repository';

/** The worker's side of proposals: who hears of them, expiry, answer deadlines. */
@Module({
  imports: [OutboxModule],
  providers: [
    ProposalRepository,
    ProposalNoticeRepository,
    ...PROPOSAL_NOTICES,
    ProposalExpiryTask,
    AnswerDeadlinesTask,
  ],
})
export class ProposalsWorkerModule {}
