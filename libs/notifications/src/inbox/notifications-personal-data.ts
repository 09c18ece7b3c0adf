import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

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
  async export(em: EntityManager, accountId: string) {
    // One after the other: they share the transaction's connection.
    const notifications = await em.query(
      `SELECT id, event_type AS "event", title, body, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notification WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const emails = await em.query(
      `SELECT notification_id AS "notificationId", event_type AS "event", status, forced, digest_id AS "digestId",
              created_at AS "createdAt", sent_at AS "sentAt"
         FROM notification_email WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const digests = await em.query(
      `SELECT id, created_at AS "createdAt", sent_at AS "sentAt" FROM notification_digest
        WHERE account_id = $1 ORDER BY created_at, id`,
      [accountId],
    );
    const preferences = await em.query(
      `SELECT event_type AS "event", mode, updated_at AS "updatedAt" FROM notification_preference
        WHERE account_id = $1 ORDER BY event_type`,
      [accountId],
    );
    return { notifications, emails, digests, preferences };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM notification_email WHERE account_id = $1`, [accountId]);
    await em.query(`DELETE FROM notification WHERE account_id = $1`, [accountId]);
    await em.query(`DELETE FROM notification_digest WHERE account_id = $1`, [accountId]);
    await em.query(`DELETE FROM notification_preference WHERE account_id = $1`, [accountId]);
  }
}
