import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { NotificationDigestRepository } from '../fan-out/notification-digest.repository';
import { NotificationEmailRepository } from '../fan-out/notification-email.repository';
import { NotificationPreferenceRepository } from '../fan-out/notification-preference.repository';
import { NotificationRepository } from '../fan-out/notification.repository';

/**
 * A person's notifications, their e-mails and digests, and their e-mail choices. Nothing of it is
 * public: all of it goes with the account. What makes deliveries happen once stays without
 * naming anyone: the delivery keys (mail_delivery) and used unsubscribe links (notification_once)
 * hold only row ids, so a late job of an erased e-mail finds nothing to send. A fan-out run again
 * does not write the rows back: it skips deleted accounts.
 */
@Injectable()
@HoldsPersonalData('notifications', [
  'notification',
  'notification_email',
  'notification_digest',
  'notification_preference',
])
export class NotificationsPersonalData implements PersonalDataSection {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly emails: NotificationEmailRepository,
    private readonly digests: NotificationDigestRepository,
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  async export(em: EntityManager, accountId: string) {
    // One after the other: they share the transaction's connection.
    const notifications = await this.notifications.exportOf(em, accountId);
    const emails = await this.emails.exportOf(em, accountId);
    const digests = await this.digests.exportOf(em, accountId);
    const preferences = await this.preferences.exportOf(em, accountId);
    return { notifications, emails, digests, preferences };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await this.emails.eraseOf(em, accountId);
    await this.notifications.eraseOf(em, accountId);
    await this.digests.eraseOf(em, accountId);
    await this.preferences.eraseOf(em, accountId);
  }
}
