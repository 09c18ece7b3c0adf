import { localeFromAcceptLanguage } from './localized-text';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'fr'],
    ['en;q=0, fr;q=0.1', 'fr'],
  ])('%s → %s', (header, locale) => expect(localeFromAcceptLanguage(header)).toBe(locale));
});
