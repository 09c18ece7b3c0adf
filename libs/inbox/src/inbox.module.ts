import { Module } from '@nestjs/common';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { LivePubSub } from './live-pubsub';
import { NotificationsPersonalData } from './notifications-personal-data';
import { QueueMetricsService } from './queue-metrics.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * The API's side of notifications: your notifications, live pushes, e-mail preferences, the
 * one-click unsubscribe route, the admins' view of the queues, and their personal data section
 * (here, as libs/notifications cannot import identity). (The worker's side, fan-out and delivery,
 * is in libs/notifications, which identity and the domain libs already use.)
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
export class InboxModule {}
