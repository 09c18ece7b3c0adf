import { Injectable } from '@nestjs/common';
import { Clock, townDay } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import {
  deadlineStage,
  DEADLINE_NOTICE_DAYS,
  OutboxService,
  RunsEvery,
  ScheduledTask,
} from '@quorum/outbox';
import { lastFreshDay, STALE_AFTER_DAYS } from './rules/staleness';
import { SolidarityEntryRepository } from './solidarity-entry.repository';

/**
 * Every hour: published entries whose check is due in 7 days, tomorrow, or past (stale: 90 days
 * after the last check), told to their association and the agents once per stage. The key holds
 * the last check's day: an entry checked again starts its stages afresh.
 */
@Injectable()
@RunsEvery('solidarity-checks', 60 * 60 * 1000)
export class SolidarityChecksTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly entries: SolidarityEntryRepository,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      const today = townDay(this.clock.now());
      const due = await this.entries.checksDue(
        em,
        today,
        STALE_AFTER_DAYS - 1 - DEADLINE_NOTICE_DAYS,
      );
      for (const { id, lastCheckedOn } of due) {
        const stage = deadlineStage(lastFreshDay(lastCheckedOn), today);
        if (stage)
          await this.outbox.recordOnce(
            em,
            `solidarity.check-due-${id}-${lastCheckedOn}-${stage}`,
            'solidarity.check-due',
            { entryId: id, stage },
          );
      }
    });
  }
}
