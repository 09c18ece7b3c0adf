import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import {
  AssociationMemberAddedNotice,
  AssociationPartnerChangedNotice,
} from './association-notifications';
import { SolidarityChecksTask } from './solidarity/solidarity-checks.task';
import {
  SolidarityCheckDueNotice,
  SolidarityEntryChangedNotice,
} from './solidarity/solidarity-notifications';
import { SolidarityEntryRepository } from './solidarity/solidarity-entry.repository';

/** The worker's side of associations: reminders of solidarity entries to check, notices. */
@Module({
  imports: [OutboxModule],
  providers: [
    SolidarityEntryRepository,
    SolidarityCheckDueNotice,
    SolidarityEntryChangedNotice,
    SolidarityChecksTask,
    AssociationMemberAddedNotice,
    AssociationPartnerChangedNotice,
  ],
})
export class AssociationsWorkerModule {}
