import { Global, Module } from '@nestjs/common';
import { AGENDA_PLACEMENT } from '@quorum/proposals';
import { MeetingsModule } from '../meetings.module';
import { AgendaService } from './agenda.service';

/**
 * Binds proposals' AGENDA_PLACEMENT port to the agenda: a proposal that qualifies goes on the next
 * meeting not convened yet, in the same transaction. Global because proposals cannot import
 * meetings (meetings depends on proposals); an app that serves proposals imports this module once.
 */
@Global()
@Module({
  imports: [MeetingsModule],
  providers: [{ provide: AGENDA_PLACEMENT, useExisting: AgendaService }],
  exports: [AGENDA_PLACEMENT],
})
export class AgendaPlacementModule {}
