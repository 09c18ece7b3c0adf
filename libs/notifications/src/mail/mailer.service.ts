import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Locale } from '@quorum/core';
import { DataSource } from 'typeorm';
import { PermanentJobError } from '../jobs/job-handler';
import { MailDelivery } from './mail-delivery.entity';
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
  ) {}

  alreadySent(deliveryKey: string): Promise<boolean> {
    return this.dataSource.getRepository(MailDelivery).existsBy({ deliveryKey });
  }

  async send<T extends MailTemplateName>(
    deliveryKey: string,
    to: string,
    template: T,
    params: MailTemplateParams[T],
    locale: Locale = 'fr',
  ): Promise<void> {
    if (await this.alreadySent(deliveryKey)) return;
    const definition = MAIL_TEMPLATES[template] as MailTemplate<unknown> | undefined;
    if (!definition) throw new PermanentJobError(`Unknown mail template ${String(template)}`);
    const rendered = renderMail(definition, params, locale, {
      townName: this.config.TOWN_NAME,
      publicUrl: this.config.publicUrl,
    });
    const messageId = await this.mail.send(to, rendered);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(MailDelivery)
      .values({ deliveryKey, template, messageId })
      .orIgnore()
      .execute();
  }
}
