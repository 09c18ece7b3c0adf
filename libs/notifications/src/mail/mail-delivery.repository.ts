import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailDelivery } from './mail-delivery.entity';

/** E-mails handed to the SMTP server, one per delivery key. */
@Injectable()
export class MailDeliveryRepository {
  exists(em: EntityManager, deliveryKey: string): Promise<boolean> {
    return em.getRepository(MailDelivery).existsBy({ deliveryKey });
  }

  /**
   * True for the one transaction that records the key first (with the Message-ID it is sent
   * under: the key's own, so known before sending); a concurrent one waits on the
   * unique key, then finds it taken (or free again, if the first rolled back).
   */
  async claim(
    em: EntityManager,
    deliveryKey: string,
    template: string,
    messageId: string,
  ): Promise<boolean> {
    const claimed: unknown[] = await em.query(
      `INSERT INTO mail_delivery (delivery_key, template, message_id) VALUES ($1, $2, $3)
       ON CONFLICT (delivery_key) DO NOTHING RETURNING id`,
      [deliveryKey, template, messageId],
    );
    return claimed.length > 0;
  }
}
