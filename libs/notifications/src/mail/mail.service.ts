import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { createTransport, Transporter } from 'nodemailer';
import { PermanentJobError } from '@quorum/outbox';
import { RenderedMail } from './templates';

/** Whether an SMTP failure is worth retrying: 5xx replies are final, the rest (4xx, network) not. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** Sends e-mail over SMTP (SMTP_URL). */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(
    to: string,
    mail: RenderedMail,
    headers: Record<string, string> = {},
    messageId?: string,
  ): Promise<string> {
    try {
      const info = await this.transport.sendMail({ to, ...mail, headers, messageId });
      return String(info.messageId);
    } catch (error) {
      if (isPermanentSmtpFailure(error)) {
        throw new PermanentJobError(`SMTP refused the message: ${(error as Error).message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }

  /** After the queue worker has drained (beforeApplicationShutdown), not before. */
  onApplicationShutdown(): void {
    this.transport.close();
  }
}
