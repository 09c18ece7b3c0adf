import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { SolidarityChecksTask } from './solidarity/solidarity-checks.task';
import {
  SolidarityCheckDueNotice,
  SolidarityEntryChangedNotice,
} from './solidarity/solidarity-notifications';
import { SolidarityEntryRepository } from './solidarity/solidarity-entry.repository';

/** The worker's side of associations: reminders of solidarity entries to check. */
@Module({
  imports: [OutboxModule],
  providers: [
    SolidarityEntryRepository,
    SolidarityCheckDueNotice,
    SolidarityEntryChangedNotice,
    SolidarityChecksTask,
  ],
})
export class AssociationsWorkerModule {}
