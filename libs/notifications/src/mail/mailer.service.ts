import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Locale } from '@quorum/core';
import { DataSource, EntityManager } from 'typeorm';
import { PermanentJobError } from '@quorum/outbox';
import { messageIdOf } from '../rules/job-ids';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { MailService } from './mail.service';
import {
  MAIL_TEMPLATES,
  MailTemplate,
  MailTemplateName,
  MailTemplateParams,
  renderMail,
} from './templates';

/**
 * Renders a template and sends it, at most once per delivery key: a key already recorded means
 * the message left already (a retried or replayed job), so nothing is sent again.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: MailDeliveryRepository,
  ) {}

  alreadySent(deliveryKey: string): Promise<boolean> {
    return this.deliveries.exists(this.dataSource.manager, deliveryKey);
  }

  /**
   * Claims the delivery key, sends, then commits, in one transaction: a concurrent run of the same
   * job waits on the key and then skips; a failed send rolls the claim back so a retry can send.
   * (Only a crash between the SMTP server's acceptance and the commit can still send twice.)
   * `claim`, if given, claims the key in that transaction with what must commit with it (e.g.
   * the e-mail row marked SENT, in the same statement); true when this run holds the key.
   */
  async send<T extends MailTemplateName>(
    deliveryKey: string,
    to: string,
    template: T,
    params: MailTemplateParams[T],
    locale: Locale = 'fr',
    headers: Record<string, string> = {},
    claim?: (em: EntityManager, messageId: string) => Promise<boolean>,
  ): Promise<void> {
    const definition = MAIL_TEMPLATES[template] as MailTemplate<unknown> | undefined;
    if (!definition) throw new PermanentJobError(`Unknown mail template ${String(template)}`);
    const rendered = renderMail(definition, params, locale, {
      townName: this.config.TOWN_NAME,
      publicUrl: this.config.publicUrl,
    });
    // The same Message-ID for the same delivery: if a crash after the SMTP server's acceptance
    // makes a retry send it again, receivers see one message (they deduplicate on it).
    const messageId = messageIdOf(deliveryKey, this.config.publicUrl);
    await this.dataSource.transaction(async (em) => {
      const claimed = claim
        ? await claim(em, messageId)
        : await this.deliveries.claim(em, deliveryKey, template, messageId);
      if (!claimed) return;
      await this.mail.send(to, rendered, headers, messageId);
    });
  }
}
