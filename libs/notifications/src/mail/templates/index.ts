import {
  AccountLinkParams,
  ProposalMailParams,
  proposalQualifiedTemplate,
  alreadyRegisteredTemplate,
  resetPasswordTemplate,
  verifyEmailTemplate,
} from './account.templates';
import { MailTemplate } from './mail-template';
import {
  MeetingMailParams,
  meetingCancelledTemplate,
  meetingConvocationTemplate,
} from './meeting.templates';
import { WelcomeParams, welcomeTemplate } from './welcome.template';

export * from './mail-template';
export * from './escape-html';
export * from './meeting.templates';

/** Parameters of each template, by name. */
export interface MailTemplateParams {
  welcome: WelcomeParams;
  'verify-email': AccountLinkParams;
  'reset-password': AccountLinkParams;
  'already-registered': AccountLinkParams;
  'proposal-qualified': ProposalMailParams;
  'meeting-convocation': MeetingMailParams;
  'meeting-cancelled': MeetingMailParams;
}

export type MailTemplateName = keyof MailTemplateParams;

export const MAIL_TEMPLATES: { [K in MailTemplateName]: MailTemplate<MailTemplateParams[K]> } = {
  welcome: welcomeTemplate,
  'verify-email': verifyEmailTemplate,
  'reset-password': resetPasswordTemplate,
  'already-registered': alreadyRegisteredTemplate,
  'proposal-qualified': proposalQualifiedTemplate,
  'meeting-convocation': meetingConvocationTemplate,
  'meeting-cancelled': meetingCancelledTemplate,
};
