import { LocalizedText } from '@quorum/core';
import { CENSUS_REJECTIONS } from '../../identity.errors';
import { CensusPerson, normalizeBirthDate, normalizeName } from '../census-normalizer';

/** The headers a census list may use for each field, folded (accents, case, spaces as `_`). */
const HEADERS: Record<string, keyof CensusPerson> = {
  nom: 'lastName',
  last_name: 'lastName',
  nom_de_famille: 'lastName',
  prenom: 'firstNames',
  prenoms: 'firstNames',
  first_names: 'firstNames',
  date_naissance: 'birthDate',
  date_de_naissance: 'birthDate',
  naissance: 'birthDate',
  birth_date: 'birthDate',
  quartier: 'neighbourhood',
  neighbourhood: 'neighbourhood',
};

export const CENSUS_FIELDS = ['lastName', 'firstNames', 'birthDate', 'neighbourhood'] as const;

/**
 * The fields a census list's header names, column by column (an unknown header stays as it is),
 * and whether it names all four: without them nothing of the list can be read.
 */
export function censusColumns(header: readonly string[]): { columns: string[]; complete: boolean } {
  const columns = header.map((h) => HEADERS[normalizeName(h).replace(/ /g, '_')] ?? h);
  return { columns, complete: CENSUS_FIELDS.every((field) => columns.includes(field)) };
}

export type CensusRecord = Partial<Record<keyof CensusPerson, string>>;

/**
 * A line of the list, read: every field filled, and a real birth date (YYYY-MM-DD or
 * DD/MM/YYYY, from 1900 to today); otherwise why the line is rejected, the first empty field first.
 */
export function readCensusRecord(
  record: CensusRecord,
): { person: CensusPerson; birthDate: string } | { rejected: LocalizedText } {
  const missing = CENSUS_FIELDS.find((field) => !record[field]);
  if (missing) return { rejected: CENSUS_REJECTIONS.missing(missing) };
  const person = record as CensusPerson;
  const birthDate = normalizeBirthDate(person.birthDate);
  if (!birthDate) return { rejected: CENSUS_REJECTIONS.badDate };
  return { person, birthDate };
}
