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

/** The SMTP server's reply code to a failed send, if it replied (on the error or its cause). */
export function smtpReplyCode(error: unknown): number | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { responseCode?: unknown }).responseCode;
    if (typeof code === 'number') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Sends e-mail over SMTP (SMTP_URL), through a pool of SMTP_CONNECTIONS connections that each
 * carry many messages: a fan-out's thousands of e-mails do not pay a connection and a greeting
 * each. A refusal of one message (RCPT or DATA) leaves its connection usable for the next.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(
      {
        url: config.SMTP_URL,
        pool: true,
        maxConnections: config.SMTP_CONNECTIONS,
        maxMessages: 1000,
      },
      { from: config.MAIL_FROM },
    );
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
