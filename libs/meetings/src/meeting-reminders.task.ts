import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { OutboxService, RunsEvery, ScheduledTask } from '@quorum/outbox';
import { MeetingRepository } from './meeting.repository';
import { MinutesRepository } from './minutes/minutes.repository';

/** Every five minutes: convened meetings starting within 24 hours get their reminder, once. */
@Injectable()
@RunsEvery('meeting-reminders', 5 * 60 * 1000)
export class MeetingRemindersTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly meetings: MeetingRepository,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      for (const id of await this.meetings.convenedStartingWithinADay(em)) {
        await this.outbox.recordOnce(em, `meeting-reminder-${id}`, 'meeting.reminder', {
          meetingId: id,
        });
      }
    });
  }
}

/** Every hour: adopted minutes due for publication in 7 days, tomorrow, or late, told to agents once per stage. */
@Injectable()
@RunsEvery('minutes-publication-deadlines', 60 * 60 * 1000)
export class MinutesDeadlinesTask implements ScheduledTask {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
    private readonly minutes: MinutesRepository,
  ) {}

  async run(): Promise<void> {
    await this.tx.run(async (em) => {
      const { today, deadlines } = await this.minutes.publicationsDueSoon(em);
      await this.outbox.recordDeadlines(
        em,
        'minutes.publication-due',
        deadlines,
        today,
        (minutesId, stage) => ({
          minutesId,
          stage,
        }),
      );
    });
  }
}
