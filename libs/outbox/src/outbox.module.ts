import { Module } from '@nestjs/common';
import { DeadLetterRepository } from './jobs/dead-letter.repository';
import { DoneOnceRepository } from './outbox/done-once.repository';
import { OutboxEventRepository } from './outbox/outbox-event.repository';
import { OutboxService } from './outbox/outbox.service';

/** What every lib uses to emit events: the outbox, written inside their transactions. */
@Module({
  providers: [OutboxService, OutboxEventRepository, DoneOnceRepository, DeadLetterRepository],
  // The repositories go to the worker's mechanism (OutboxWorkerModule) only; other libs use OutboxService.
  exports: [OutboxService, OutboxEventRepository, DeadLetterRepository],
})
export class OutboxModule {}
