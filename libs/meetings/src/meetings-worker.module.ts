import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { MEETING_NOTICES } from './meeting-notifications';
import { MeetingRepository } from './meeting.repository';
import { MeetingRemindersTask, MinutesDeadlinesTask } from './meeting-reminders.task';
import { MinutesRepository } from './minutes/minutes.repository';

/** The worker's side of meetings: who hears of convocations, ballots and minutes; reminders. */
@Module({
  imports: [OutboxModule],
  providers: [
    MeetingRepository,
    MinutesRepository,
    ...MEETING_NOTICES,
    MeetingRemindersTask,
    MinutesDeadlinesTask,
  ],
})
export class MeetingsWorkerModule {}
