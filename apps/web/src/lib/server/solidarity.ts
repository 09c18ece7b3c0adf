// The solidarity entry form (issue 19): what the fields say, as the API's input takes it.
import { text } from './forms';

export const ENTRY_TEXT_FIELDS = [
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
  'associationId',
  'councilId',
] as const;

export function entryValues(form: FormData): Record<string, string> {
  return Object.fromEntries(ENTRY_TEXT_FIELDS.map((name) => [name, text(form, name)]));
}

/** The API's SolidarityEntryInput from the form's values (empty ones left out or null). */
export function entryInput(values: Record<string, string>) {
  return {
    title: values.title,
    description: values.description,
    audience: values.audience,
    address: values.address,
    hours: values.hours,
    access: values.access,
    accessibility: values.accessibility,
    cost: values.cost,
    contact: values.contact,
    languages: values.languages
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    soliguideUrl: values.soliguideUrl || null,
    operatorName: values.operatorName || null,
    associationId: values.associationId || null,
    councilId: values.councilId || null,
  };
}
