import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { PlacesModule } from '@quorum/places';
import { ProposalsModule } from '@quorum/proposals';
import { AgendaRepository } from './agenda/agenda.repository';
import { AgendaService } from './agenda/agenda.service';
import { AttendanceRepository } from './attendance/attendance.repository';
import { AttendanceService } from './attendance/attendance.service';
import { BallotRepository } from './ballots/ballot.repository';
import { BallotsResolver } from './ballots/ballots.resolver';
import { BallotsService } from './ballots/ballots.service';
import { MeetingLiveResolver } from './live/meeting-live.resolver';
import { MeetingLive } from './live/meeting-live.service';
import { MeetingDirectory } from './meeting.policies';
import { MeetingRepository } from './meeting.repository';
import { MeetingViewRepository } from './meeting-view.repository';
import { MeetingsPersonalData } from './meetings-personal-data';
import { MeetingsPersonalDataRepository } from './meetings-personal-data.repository';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesResolver, ProposalStatementsResolver } from './minutes/minutes.resolver';
import { MinutesRepository } from './minutes/minutes.repository';
import { MinutesService } from './minutes/minutes.service';
import { OppositionStatementRepository } from './minutes/opposition-statement.repository';

/** The API's side of meetings: agenda, attendance, ballots, minutes, opposition statements. */
@Module({
  imports: [CouncilsModule, ProposalsModule, PlacesModule, OutboxModule],
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
    MeetingLive,
    MeetingLiveResolver,
    MinutesResolver,
    ProposalStatementsResolver,
    // Ballots' and minutes' repositories.
    BallotRepository,
    MinutesRepository,
    OppositionStatementRepository,
  ],
  exports: [MeetingsService, AgendaService],
})
export class MeetingsModule {}
