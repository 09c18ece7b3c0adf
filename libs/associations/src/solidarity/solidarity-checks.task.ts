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
import { DueEntry, reminderGroups } from './rules/check-reminders';
import { lastFreshDay, STALE_AFTER_DAYS } from './rules/staleness';
import { SolidarityEntryRepository } from './solidarity-entry.repository';

/**
 * Every hour: published entries whose check is due in 7 days, tomorrow, or past (stale: 90 days
 * after the last check), told to their partner association and the agents once per stage, in one
 * notice per run, stage and audience. The key holds the last check's day: an entry checked again
 * starts its stages afresh.
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
      // Each entry reaches each stage once (the key holds its last check's day); the run's
      // entries are then told in one notice per stage and audience.
      const reached: DueEntry[] = [];
      for (const { id, lastCheckedOn, partnerId } of due) {
        const stage = deadlineStage(lastFreshDay(lastCheckedOn), today);
        if (
          stage &&
          (await this.outbox.claimOnce(em, `solidarity.check-due-${id}-${lastCheckedOn}-${stage}`))
        )
          reached.push({ id, stage, partnerId });
      }
      for (const { stage, associationId, entryIds } of reminderGroups(reached))
        await this.outbox.record(em, 'solidarity.check-due', { stage, associationId, entryIds });
    });
  }
}
