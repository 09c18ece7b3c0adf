import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { OutboxService, RunsEvery, ScheduledTask } from '@quorum/outbox';
import { ProposalNoticeRepository } from './proposal-notifications.repository';

/** Every hour: adopted proposals whose answer is due in 7 days, tomorrow, or late; once per stage. */
@Injectable()
@RunsEvery('answer-deadlines', 60 * 60 * 1000)
export class AnswerDeadlinesTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly notices: ProposalNoticeRepository,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      const { today, deadlines } = await this.notices.answersDueSoon(em);
      await this.outbox.recordDeadlines(
        em,
        'proposal.answer-due',
        deadlines,
        today,
        (proposalId, stage) => ({
          proposalId,
          stage,
        }),
      );
    });
  }
}
