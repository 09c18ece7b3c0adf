import { Module } from '@nestjs/common';
import { OutboxService } from './outbox/outbox.service';

/** What other libs use to emit events: the outbox, written inside their transactions. */
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class NotificationsModule {}
