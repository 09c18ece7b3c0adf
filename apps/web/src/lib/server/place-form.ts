// The town hall's place form (/mairie/lieux): what it posts, read into the API's PlaceInput.
import type { AccessStatus, PlaceInput, PlaceKind } from '$lib/gql/graphql';
import type { FieldError } from './api';
import { text } from './forms';

const KINDS: PlaceKind[] = ['TOWN_HALL', 'HALL', 'SCHOOL', 'SPORTS', 'CULTURE', 'OTHER'];
const STATUSES: AccessStatus[] = ['ACCESSIBLE', 'NOT_ACCESSIBLE', 'UNKNOWN'];
export const PLACE_FIELDS = [
  'name',
  'kind',
  'address',
  'councilId',
  'entrance',
  'toilets',
  'hearingLoop',
  'parking',
  'evidence',
  'checkedOn',
  'plannedWorks',
  'plannedWorksOn',
] as const;

/** The form's values (to show again after a refusal) and the input, or the fields it lacks. */
export function readPlaceForm(form: FormData): {
  values: Record<string, string>;
  input: PlaceInput | null;
  missing: FieldError[];
} {
  const values = Object.fromEntries(PLACE_FIELDS.map((k) => [k, text(form, k)]));
  const missing: FieldError[] = [];
  if (values.name.length < 3) missing.push({ field: 'name', message: 'Indiquez le nom du lieu.' });
  if (!KINDS.includes(values.kind as PlaceKind))
    missing.push({ field: 'kind', message: 'Choisissez le type de lieu.' });
  if (values.address.length < 3)
    missing.push({ field: 'address', message: 'Indiquez l’adresse du lieu.' });
  const status = (k: string) =>
    (STATUSES.includes(values[k] as AccessStatus) ? values[k] : 'UNKNOWN') as AccessStatus;
  if (missing.length) return { values, input: null, missing };
  return {
    values,
    missing,
    input: {
      name: values.name,
      kind: values.kind as PlaceKind,
      address: values.address,
      councilId: values.councilId || null,
      entrance: status('entrance'),
      toilets: status('toilets'),
      hearingLoop: status('hearingLoop'),
      parking: status('parking'),
      evidence: values.evidence || null,
      checkedOn: values.checkedOn || null,
      plannedWorks: values.plannedWorks || null,
      plannedWorksOn: values.plannedWorksOn || null,
    },
  };
}
