import { Module } from '@nestjs/common';
import { InboxResolver } from './inbox/inbox.resolver';
import { InboxService } from './inbox/inbox.service';
import { LivePubSub } from './inbox/live-pubsub';
import { NotificationsPersonalData } from './inbox/notifications-personal-data';
import { QueueMetricsService } from './inbox/queue-metrics.service';
import { UnsubscribeController } from './inbox/unsubscribe.controller';

/**
 * The API's side of notifications: your notifications, live pushes, e-mail preferences, the
 * one-click unsubscribe route, the admins' view of the queues, and their personal data section.
 * (The worker's side, fan-out and delivery, is NotificationsWorkerModule.)
 */
@Module({
  controllers: [UnsubscribeController],
  providers: [
    InboxService,
    InboxResolver,
    LivePubSub,
    QueueMetricsService,
    NotificationsPersonalData,
  ],
})
export class NotificationsModule {}
