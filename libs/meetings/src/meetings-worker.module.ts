import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { NotificationsWorkerModule } from '@quorum/notifications';
import { MeetingCancelledJob, MeetingConvenedJob, MeetingMail } from './meeting-mail.jobs';

/** The worker's side of meetings: convocations and cancellations. */
@Module({
  imports: [NotificationsWorkerModule, CouncilsModule],
  providers: [MeetingMail, MeetingConvenedJob, MeetingCancelledJob],
})
export class MeetingsWorkerModule {}
