import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { MEETING_NOTICES } from './meeting-notifications';
import { MeetingRepository } from './meeting.repository';
import { MeetingRemindersTask, MinutesDeadlinesTask } from './meeting-reminders.task';

/** The worker's side of meetings: who hears of convocations, ballots and minutes; reminders. */
@Module({
  imports: [OutboxModule],
  providers: [MeetingRepository, ...MEETING_NOTICES, MeetingRemindersTask, MinutesDeadlinesTask],
})
export class MeetingsWorkerModule {}
