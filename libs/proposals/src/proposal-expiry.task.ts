import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { RunsEvery, ScheduledTask } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { ProposalRepository } from './proposal.repository';

/** Published proposals whose support window closed without qualifying become EXPIRED (SPEC §3). */
@Injectable()
@RunsEvery('proposals.expire', 15 * 60 * 1000)
export class ProposalExpiryTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly proposals: ProposalRepository,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      for (const id of await this.proposals.expireLapsed(em)) {
        await this.audit.record(em, {
          action: 'proposal.expired',
          objectType: 'proposal',
          objectId: id,
          before: { status: 'PUBLISHED' },
          after: { status: 'EXPIRED' },
        });
      }
    });
  }
}
