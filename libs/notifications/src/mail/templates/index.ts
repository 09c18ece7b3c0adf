import { MailTemplate } from './mail-template';
import { WelcomeParams, welcomeTemplate } from './welcome.template';

export * from './mail-template';
export * from './escape-html';

/** Parameters of each template, by name. */
export interface MailTemplateParams {
  welcome: WelcomeParams;
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATES: { [K in MailTemplateName]: MailTemplate<MailTemplateParams[K]> } = {
  welcome: welcomeTemplate,
};
