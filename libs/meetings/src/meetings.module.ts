import { Module } from '@nestjs/common';
import { CouncilsModule } from '@quorum/councils';
import { OutboxModule } from '@quorum/outbox';
import { ProposalsModule } from '@quorum/proposals';
import { AgendaService } from './agenda/agenda.service';
import { AttendanceService } from './attendance/attendance.service';
import { BallotsResolver } from './ballots/ballots.resolver';
import { BallotsService } from './ballots/ballots.service';
import { MeetingDirectory } from './meeting.policies';
import { MeetingsPersonalData } from './meetings-personal-data';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesResolver, ProposalStatementsResolver } from './minutes/minutes.resolver';
import { MinutesService } from './minutes/minutes.service';

/** The API's side of meetings: agenda, attendance, ballots, minutes, opposition statements. */
@Module({
  imports: [CouncilsModule, ProposalsModule, OutboxModule],
  providers: [
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
