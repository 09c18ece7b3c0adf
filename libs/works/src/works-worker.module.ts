import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { WORKS_NOTICES } from './works-notifications';
import { WorksNoticeRepository } from './works-notifications.repository';

/** The worker's side of works: who hears of them and what they are told. */
@Module({
  imports: [OutboxModule],
  providers: [WorksNoticeRepository, ...WORKS_NOTICES],
})
export class WorksWorkerModule {}
