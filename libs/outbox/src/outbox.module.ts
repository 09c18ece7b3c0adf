import { Module } from '@nestjs/common';
import { DeadLetterRepository } from './jobs/dead-letter.repository';
import { DoneOnceRepository } from './outbox/done-once.repository';
import { OutboxEventRepository } from './outbox/outbox-event.repository';
import { OutboxService } from './outbox/outbox.service';

/** What every lib uses to emit events: the outbox, written inside their transactions. */
@Module({
  providers: [OutboxService, OutboxEventRepository, DoneOnceRepository, DeadLetterRepository],
  // Other libs use OutboxService only; the worker's mechanism provides the repositories it needs.
  exports: [OutboxService],
})
export class OutboxModule {}
