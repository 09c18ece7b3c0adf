import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@quorum/core';
import { DataSource } from 'typeorm';
import { HandlesJob, JobContext, JobHandler, PermanentJobError } from '../jobs/job-handler';
import { MailDelivery } from './mail-delivery.entity';
import { MailRequestedPayload } from './mail-requested.payload';
import { MailService } from './mail.service';
import { MAIL_TEMPLATES, MailTemplate, renderMail } from './templates';

/** Renders an `email.requested` event with its template and sends it, once. */
@Injectable()
@HandlesJob('email.requested')
export class SendEmailJob implements JobHandler<MailRequestedPayload> {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async handle({ outboxId, payload }: JobContext<MailRequestedPayload>): Promise<void> {
    const deliveryKey = `email-${outboxId}`;
    const deliveries = this.dataSource.getRepository(MailDelivery);
    if (await deliveries.existsBy({ deliveryKey })) return;

    const template = MAIL_TEMPLATES[payload.template] as MailTemplate<unknown> | undefined;
    if (!template) throw new PermanentJobError(`Unknown mail template ${String(payload.template)}`);
    const rendered = renderMail(template, payload.params, payload.locale ?? 'fr', {
      townName: this.config.TOWN_NAME,
      publicUrl: this.config.publicUrl,
    });
    const messageId = await this.mail.send(payload.to, rendered);
    await deliveries
      .createQueryBuilder()
      .insert()
      .values({ deliveryKey, template: payload.template, messageId })
      .orIgnore()
      .execute();
  }
}
