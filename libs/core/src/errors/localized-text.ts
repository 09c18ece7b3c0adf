export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A sentence meant for people, in every language the platform speaks. French is the default. */
export type LocalizedText = Record<Locale, string>;

/** Picks the locale from an Accept-Language header: English only when the client prefers it. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return 'fr';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const entry of ranked) {
    if (entry.lang === 'fr' || entry.lang === 'en') return entry.lang;
  }
  return 'fr';
}
