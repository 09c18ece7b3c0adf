import { MailTemplate } from './mail-template';

export interface WelcomeParams {
  displayName: string;
}

/** Sent when an account is created: what Quorum is for, and where to start. */
export const welcomeTemplate: MailTemplate<WelcomeParams> = {
  subject: (_p, locale) => (locale === 'en' ? 'Welcome to Quorum' : 'Bienvenue sur Quorum'),
  paragraphs: (p, locale, ctx) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          `Your account on the neighbourhood councils platform of ${ctx.townName} is ready.`,
          'You can follow your council, submit proposals and support those of your neighbours.',
        ]
      : [
          `Bonjour ${p.displayName},`,
          `Votre compte sur la plateforme des conseils de quartier de ${ctx.townName} est prêt.`,
          'Vous pouvez suivre votre conseil de quartier, déposer des propositions et soutenir celles de vos voisin·es.',
        ],
  action: (_p, locale, ctx) => ({
    label: locale === 'en' ? 'Open Quorum' : 'Ouvrir Quorum',
    url: ctx.publicUrl,
  }),
};
