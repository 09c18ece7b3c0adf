import { Module } from '@nestjs/common';
import { OutboxService } from './outbox/outbox.service';

/** What every lib uses to emit events: the outbox, written inside their transactions. */
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class OutboxModule {}
