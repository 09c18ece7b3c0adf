import { Injectable } from '@nestjs/common';
import { queryRows, TransactionService } from '@quorum/db';
import { RunsEvery, ScheduledTask } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';

/** Published proposals whose support window closed without qualifying become EXPIRED (SPEC §3). */
@Injectable()
@RunsEvery('proposals.expire', 15 * 60 * 1000)
export class ProposalExpiryTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      const expired = await queryRows<{ id: string }>(
        em,
        `UPDATE proposal SET status = 'EXPIRED', last_activity_at = clock_now()
          WHERE status = 'PUBLISHED' AND expires_at < clock_now() RETURNING id`,
      );
      for (const { id } of expired) {
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
