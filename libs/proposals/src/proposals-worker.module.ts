import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { ProposalExpiryTask } from './proposal-expiry.task';
import { AnswerDeadlinesTask, PROPOSAL_NOTICES } from './proposal-notifications';
import { ProposalRepository } from './proposal.repository';

/** The worker's side of proposals: who hears of them, expiry, answer deadlines. */
@Module({
  imports: [OutboxModule],
  providers: [ProposalRepository, ...PROPOSAL_NOTICES, ProposalExpiryTask, AnswerDeadlinesTask],
})
export class ProposalsWorkerModule {}
