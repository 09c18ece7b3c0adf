import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdentityWorkerModule } from '@quorum/identity';
import { OutboxWorkerModule } from '@quorum/outbox';
import { AudienceRepository } from './fan-out/audience.repository';
import { DeliveriesService } from './fan-out/deliveries.service';
import { NotificationDigestRepository } from './fan-out/notification-digest.repository';
import { NotificationEmailRepository } from './fan-out/notification-email.repository';
import { NotificationPreferenceRepository } from './fan-out/notification-preference.repository';
import { NotificationRepository } from './fan-out/notification.repository';
import { DailyDigestTask, DeliverySweepTask, FanOutJob } from './fan-out/fan-out.jobs';
import { DELIVERIES_QUEUE, FanOutService, NOTIFICATIONS_QUEUE } from './fan-out/fan-out.service';
import { LivePublisher } from './fan-out/live-publisher';
import { NotificationSources } from './fan-out/notification-sources';
import { NotificationsWorker } from './fan-out/notifications.worker';
import {
  SendAlreadyRegisteredEmailJob,
  SendPasswordResetEmailJob,
  SendVerificationEmailJob,
} from './mail/account-mail.jobs';
import { MailDeliveryRepository } from './mail/mail-delivery.repository';
import { MailService } from './mail/mail.service';
import { Mailer } from './mail/mailer.service';

/** The worker's side of notifications: fan-out, deliveries, digests, and every e-mail. */
@Module({
  imports: [
    OutboxWorkerModule,
    IdentityWorkerModule,
    DiscoveryModule,
    BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE }, { name: DELIVERIES_QUEUE }),
  ],
  providers: [
    MailService,
    Mailer,
    NotificationSources,
    LivePublisher,
    FanOutService,
    DeliveriesService,
    NotificationsWorker,
    FanOutJob,
    DailyDigestTask,
    DeliverySweepTask,
    SendVerificationEmailJob,
    SendPasswordResetEmailJob,
    SendAlreadyRegisteredEmailJob,
    AudienceRepository,
    NotificationRepository,
    NotificationEmailRepository,
    NotificationDigestRepository,
    NotificationPreferenceRepository,
    MailDeliveryRepository,
  ],
  exports: [OutboxWorkerModule, Mailer, DeliveriesService, FanOutService],
})
export class NotificationsWorkerModule {}
