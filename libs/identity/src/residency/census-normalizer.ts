import { createHmac } from 'node:crypto';

/** Folds accents, case, punctuation between words and spacing: "  Éloïse-Marie " → "eloise marie". */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'\-‐–—.,_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A birth date as YYYY-MM-DD, from YYYY-MM-DD or DD/MM/YYYY; null when it is not a real date. */
export function normalizeBirthDate(value: string): string | null {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : french
      ? [Number(french[3]), Number(french[2]), Number(french[1])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1)
    return null;
  if (year < 1900 || date.getTime() > Date.now()) return null;
  return date.toISOString().slice(0, 10);
}

export interface CensusPerson {
  lastName: string;
  firstNames: string;
  birthDate: string;
  neighbourhood: string;
}

/** The stored form of a person: HMAC-SHA256, keyed by CENSUS_HASH_KEY, of the normalised fields. */
export function censusEntryHash(key: string, person: CensusPerson, birthDate: string): string {
  const material = [
    normalizeName(person.lastName),
    normalizeName(person.firstNames),
    birthDate,
    normalizeName(person.neighbourhood),
  ].join('\u001f');
  return createHmac('sha256', key).update(material).digest('hex');
}
