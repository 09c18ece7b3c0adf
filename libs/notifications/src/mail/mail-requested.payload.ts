import type { Locale } from '@quorum/core';
import type { MailTemplateName, MailTemplateParams } from './templates';

/** Payload of an `email.requested` outbox event: which template, to whom, with what. */
export interface MailRequestedPayload<T extends MailTemplateName = MailTemplateName> {
  template: T;
  to: string;
  locale?: Locale;
  params: MailTemplateParams[T];
}
