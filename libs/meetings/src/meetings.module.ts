import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { NotificationsModule } from '@quorum/notifications';
import { ProposalsModule } from '@quorum/proposals';
import { AgendaRepository } from './agenda/agenda.repository';
import { AgendaService } from './agenda/agenda.service';
import { AttendanceRepository } from './attendance/attendance.repository';
import { AttendanceService } from './attendance/attendance.service';
import { BallotsResolver } from './ballots/ballots.resolver';
import { BallotsService } from './ballots/ballots.service';
import { MeetingDirectory } from './meeting.policies';
import { MeetingRepository } from './meeting.repository';
import { MeetingViewRepository } from './meeting-view.repository';
import { MeetingsPersonalData } from './meetings-personal-data';
import { MeetingsPersonalDataRepository } from './meetings-personal-data.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesResolver, ProposalStatementsResolver } from './minutes/minutes.resolver';
import { MinutesService } from './minutes/minutes.service';

/** The API's side of meetings: agenda, attendance, ballots, minutes, opposition statements. */
@Module({
  imports: [CouncilsModule, ProposalsModule, NotificationsModule],
  providers: [
    MeetingRepository,
    MeetingViewRepository,
    AgendaRepository,
    AttendanceRepository,
    MeetingsPersonalDataRepository,
    MeetingDirectory,
    MeetingsService,
    AgendaService,
    AttendanceService,
    BallotsService,
    MinutesService,
    MeetingsPersonalData,
    MeetingsResolver,
    BallotsResolver,
    MinutesResolver,
    ProposalStatementsResolver,
  ],
  exports: [MeetingsService, AgendaService],
})
export class MeetingsModule {}
