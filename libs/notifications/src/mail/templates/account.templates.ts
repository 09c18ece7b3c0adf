import { de } from '@quorum/core';
import { MailTemplate } from './mail-template';

export interface AccountLinkParams {
  displayName: string;
  link: string;
}

/** Sent after sign-up: the link that proves the address is the person's. */
export const verifyEmailTemplate: MailTemplate<AccountLinkParams> = {
  subject: (_p, locale) =>
    locale === 'en' ? 'Confirm your e-mail address' : 'Confirmez votre adresse e-mail',
  paragraphs: (p, locale, ctx) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          `To finish creating your account on the neighbourhood councils platform of ${ctx.townName}, confirm your address. The link works once, for 48 hours.`,
          'If you did not create this account, ignore this message.',
        ]
      : [
          `Bonjour ${p.displayName},`,
          `Pour terminer la création de votre compte sur la plateforme des conseils de quartier ${de(ctx.townName)}, confirmez votre adresse. Le lien fonctionne une fois, pendant 48 heures.`,
          "Si vous n'avez pas créé ce compte, ignorez ce message.",
        ],
  action: (p, locale) => ({
    label: locale === 'en' ? 'Confirm my address' : 'Confirmer mon adresse',
    url: p.link,
  }),
};

/** Sent on request: the link to choose a new password. */
export const resetPasswordTemplate: MailTemplate<AccountLinkParams> = {
  subject: (_p, locale) =>
    locale === 'en' ? 'Choose a new password' : 'Choisissez un nouveau mot de passe',
  paragraphs: (p, locale) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          'Someone asked to reset the password of your account. The link below works once, for one hour; using it signs you out everywhere.',
          'If it was not you, ignore this message: your password does not change.',
        ]
      : [
          `Bonjour ${p.displayName},`,
          'Une demande de réinitialisation du mot de passe de votre compte a été faite. Le lien ci-dessous fonctionne une fois, pendant une heure ; il vous déconnecte de tous vos appareils.',
          "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas.",
        ],
  action: (p, locale) => ({
    label: locale === 'en' ? 'Choose a new password' : 'Choisir un nouveau mot de passe',
    url: p.link,
  }),
};

/** Sent when someone signs up with an address that already has an account (never said on screen). */
export const alreadyRegisteredTemplate: MailTemplate<AccountLinkParams> = {
  subject: (_p, locale) =>
    locale === 'en' ? 'You already have an account' : 'Vous avez déjà un compte',
  paragraphs: (p, locale) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          'Someone tried to create an account with your e-mail address, which already has one. If it was you, sign in, or choose a new password if you forgot it.',
        ]
      : [
          `Bonjour ${p.displayName},`,
          "Quelqu'un a essayé de créer un compte avec votre adresse e-mail, qui en a déjà un. Si c'était vous, connectez-vous, ou choisissez un nouveau mot de passe si vous l'avez oublié.",
        ],
  action: (p, locale) => ({
    label: locale === 'en' ? 'Choose a new password' : 'Choisir un nouveau mot de passe',
    url: p.link,
  }),
};
