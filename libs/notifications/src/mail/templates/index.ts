import {
  AccountLinkParams,
  alreadyRegisteredTemplate,
  resetPasswordTemplate,
  verifyEmailTemplate,
} from './account.templates';
import { MailTemplate } from './mail-template';
import {
  DigestMailParams,
  digestTemplate,
  NotificationMailParams,
  notificationTemplate,
} from './notification.templates';

export * from './mail-template';
export * from './escape-html';

/** Parameters of each template, by name. */
export interface MailTemplateParams {
  'verify-email': AccountLinkParams;
  'reset-password': AccountLinkParams;
  'already-registered': AccountLinkParams;
  notification: NotificationMailParams;
  'notification-digest': DigestMailParams;
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATES: { [K in MailTemplateName]: MailTemplate<MailTemplateParams[K]> } = {
  'verify-email': verifyEmailTemplate,
  'reset-password': resetPasswordTemplate,
  'already-registered': alreadyRegisteredTemplate,
  notification: notificationTemplate,
  'notification-digest': digestTemplate,
};
