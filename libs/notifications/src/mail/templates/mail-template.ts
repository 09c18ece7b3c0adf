import { de, type Locale } from '@quorum/core';
import { escapeHtml } from './escape-html';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What every template may use besides its own parameters. */
export interface MailContext {
  townName: string;
  publicUrl: string;
}

/** A template: subject and paragraphs per language; the layout makes the text and HTML parts. */
export interface MailTemplate<P> {
  subject(params: P, locale: Locale): string;
  paragraphs(params: P, locale: Locale, context: MailContext): string[];
  action?(params: P, locale: Locale, context: MailContext): { label: string; url: string };
}

const FOOTER: Record<Locale, (town: string) => string> = {
  fr: (town) => `Quorum — les conseils de quartier ${de(town)}`,
  en: (town) => `Quorum — the neighbourhood councils of ${town}`,
};

export function renderMail<P>(
  template: MailTemplate<P>,
  params: P,
  locale: Locale,
  context: MailContext,
): RenderedMail {
  const subject = template.subject(params, locale);
  const paragraphs = template.paragraphs(params, locale, context);
  const action = template.action?.(params, locale, context);
  const footer = FOOTER[locale](context.townName);
  const text = [
    ...paragraphs,
    ...(action ? [`${action.label} : ${action.url}`] : []),
    '--',
    footer,
  ].join('\n\n');
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`),
    ...(action
      ? [`<p><a href="${escapeHtml(action.url)}">${escapeHtml(action.label)}</a></p>`]
      : []),
    `<hr><p style="color:#666">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html };
}
