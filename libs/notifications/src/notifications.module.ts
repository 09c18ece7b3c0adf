import { Module } from '@nestjs/common';
import { OutboxModule } from '@quorum/outbox';
import { NotificationDigestRepository } from './fan-out/notification-digest.repository';
import { NotificationEmailRepository } from './fan-out/notification-email.repository';
import { NotificationPreferenceRepository } from './fan-out/notification-preference.repository';
import { NotificationRepository } from './fan-out/notification.repository';
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
  imports: [OutboxModule],
  controllers: [UnsubscribeController],
  providers: [
    InboxService,
    InboxResolver,
    LivePubSub,
    QueueMetricsService,
    NotificationsPersonalData,
    NotificationRepository,
    NotificationEmailRepository,
    NotificationDigestRepository,
    NotificationPreferenceRepository,
  ],
})
export class NotificationsModule {}
