import { MailTemplate } from './mail-template';

export interface NotificationMailParams {
  displayName: string;
  title: string;
  body: string;
  link: string;
  /** Why this person gets it, and how to stop. */
  eventLabel: string;
  unsubscribeUrl: string;
}

export interface DigestMailParams {
  displayName: string;
  items: { title: string; body: string; link: string }[];
  unsubscribeUrl: string;
}

/** One notification: its title as the subject, its text, a link to the item, how to stop. */
export const notificationTemplate: MailTemplate<NotificationMailParams> = {
  subject: (p) => p.title,
  paragraphs: (p, locale) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          p.body,
          `You receive this because of your settings for "${p.eventLabel}". To stop: ${p.unsubscribeUrl}`,
        ]
      : [
          `Bonjour ${p.displayName},`,
          p.body,
          `Vous recevez ce message selon vos préférences pour « ${p.eventLabel} ». Pour ne plus le recevoir : ${p.unsubscribeUrl}`,
        ],
  action: (p, locale) => ({ label: locale === 'en' ? 'See it' : 'Voir', url: p.link }),
};

/** The daily digest: what happened since the last one, one line each. */
export const digestTemplate: MailTemplate<DigestMailParams> = {
  subject: (p, locale) =>
    locale === 'en'
      ? `Your daily summary: ${p.items.length} notification(s)`
      : `Votre résumé du jour : ${p.items.length} notification(s)`,
  paragraphs: (p, locale) => [
    locale === 'en' ? `Hello ${p.displayName},` : `Bonjour ${p.displayName},`,
    ...p.items.map((item) => `• ${item.title}\n${item.body}\n${item.link}`),
    locale === 'en'
      ? `To stop daily summaries: ${p.unsubscribeUrl}`
      : `Pour ne plus recevoir de résumé quotidien : ${p.unsubscribeUrl}`,
  ],
};
