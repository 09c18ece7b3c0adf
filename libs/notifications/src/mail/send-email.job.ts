import { Injectable } from '@nestjs/common';
import { HandlesJob, JobContext, JobHandler } from '../jobs/job-handler';
import { MailRequestedPayload } from './mail-requested.payload';
import { Mailer } from './mailer.service';

/** Sends an `email.requested` event's message with its template, once. */
@Injectable()
@HandlesJob('email.requested')
export class SendEmailJob implements JobHandler<MailRequestedPayload> {
  constructor(private readonly mailer: Mailer) {}

  async handle({ outboxId, payload }: JobContext<MailRequestedPayload>): Promise<void> {
    await this.mailer.send(
      `email-${outboxId}`,
      payload.to,
      payload.template,
      payload.params,
      payload.locale,
    );
  }
}
