import { isSoliguideUrl } from './entry-editing';

/** The entry's columns a CSV file can fill, by the name the mapping gives them. */
export const ENTRY_COLUMNS = [
  'title',
  'description',
  'audience',
  'address',
  'hours',
  'access',
  'accessibility',
  'languages',
  'cost',
  'contact',
  'soliguideUrl',
  'operatorName',
  'lastCheckedOn',
] as const;
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/**
 * The longest text of each column, the same for the form (solidarity.inputs.ts) and the import:
 * a file's cell is no more trusted than a typed field.
 */
export const ENTRY_LIMITS = {
  title: 200,
  description: 4000,
  audience: 1000,
  address: 500,
  hours: 1000,
  access: 1000,
  accessibility: 1000,
  cost: 100,
  contact: 300,
  soliguideUrl: 500,
  operatorName: 200,
  /** Characters of one language, and languages of an entry. */
  language: 60,
  languages: 20,
} as const;
/** A service's name has at least this many characters once trimmed. */
export const TITLE_MIN_LENGTH = 2;

const COLUMN_FR: Record<Exclude<keyof typeof ENTRY_LIMITS, 'language' | 'languages'>, string> = {
  title: 'le nom du service',
  description: 'la description',
  audience: 'le public',
  address: 'l’adresse',
  hours: 'les horaires',
  access: 'l’accès',
  accessibility: 'l’accessibilité',
  cost: 'le tarif',
  contact: 'le contact',
  soliguideUrl: 'le lien Soliguide',
  operatorName: 'l’organisme',
};

/** Which CSV header fills which column of an entry. */
export type ColumnMapping = Partial<Record<EntryColumn, string>>;

/**
 * The headers of a Soliguide export as the town hall receives it. Any other file (or an export
 * whose headers differ) comes with its own mapping: nothing here calls Soliguide.
 */
export const SOLIGUIDE_MAPPING: ColumnMapping = {
  title: 'Nom',
  description: 'Description',
  audience: 'Public',
  address: 'Adresse',
  hours: 'Horaires',
  access: 'Accès',
  accessibility: 'Accessibilité',
  languages: 'Langues',
  cost: 'Tarif',
  contact: 'Téléphone',
  soliguideUrl: 'Lien Soliguide',
  operatorName: 'Organisation',
  lastCheckedOn: 'Mise à jour',
};

export interface ImportedEntry {
  title: string;
  description: string;
  audience: string;
  address: string;
  hours: string;
  access: string;
  accessibility: string;
  languages: string[];
  cost: string;
  contact: string;
  soliguideUrl: string | null;
  operatorName: string | null;
  /** YYYY-MM-DD; the import's day when the file gives none. */
  lastCheckedOn: string;
}

export type MappedRow = { entry: ImportedEntry } | { rejected: string };

/** A day as a file writes it: 2026-03-14 or 14/03/2026. */
function dayOf(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    ? `${y}-${m}-${d}`
    : null;
}

/** Headers the mapping names that the file lacks (the whole import is refused then). */
export const missingHeaders = (mapping: ColumnMapping, headers: readonly string[]): string[] =>
  Object.values(mapping).filter(
    (header): header is string => !!header && !headers.includes(header),
  );

/**
 * One line of a CSV file as an entry, or why it is rejected (said in French for the report).
 * `today` is the import's day in the town: a check date later than it is refused.
 */
export function mapRow(
  record: Readonly<Record<string, string | undefined>>,
  mapping: ColumnMapping,
  today: string,
): MappedRow {
  const cell = (column: EntryColumn) => {
    const header = mapping[column];
    return header ? (record[header] ?? '').trim() : '';
  };
  const title = cell('title');
  if (!title) return { rejected: 'le nom du service manque' };
  if (title.length < TITLE_MIN_LENGTH)
    return {
      rejected: `le nom du service est trop court\u00a0: ${TITLE_MIN_LENGTH} caractères au moins`,
    };
  for (const column of Object.keys(COLUMN_FR) as (keyof typeof COLUMN_FR)[]) {
    const max = ENTRY_LIMITS[column];
    if (cell(column).length > max)
      return { rejected: `${COLUMN_FR[column]} dépasse ${max} caractères` };
  }
  const languages = [
    ...new Set(
      cell('languages')
        .split(/[,;/]/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  if (languages.length > ENTRY_LIMITS.languages)
    return { rejected: `trop de langues\u00a0: ${ENTRY_LIMITS.languages} au plus` };
  if (languages.some((l) => l.length > ENTRY_LIMITS.language))
    return { rejected: `une langue dépasse ${ENTRY_LIMITS.language} caractères` };
  const soliguideUrl = cell('soliguideUrl') || null;
  if (soliguideUrl && !isSoliguideUrl(soliguideUrl))
    return { rejected: 'le lien Soliguide n’est pas une adresse https://soliguide.fr/…' };
  const checked = cell('lastCheckedOn');
  const lastCheckedOn = checked ? dayOf(checked) : today;
  if (!lastCheckedOn) return { rejected: `la date de vérification « ${checked} » est illisible` };
  if (lastCheckedOn > today) return { rejected: 'la date de vérification est dans le futur' };
  const operatorName = cell('operatorName') || null;
  return {
    entry: {
      title,
      description: cell('description'),
      audience: cell('audience'),
      address: cell('address'),
      hours: cell('hours'),
      access: cell('access'),
      accessibility: cell('accessibility'),
      languages,
      cost: cell('cost'),
      contact: cell('contact'),
      soliguideUrl,
      operatorName,
      lastCheckedOn,
    },
  };
}
