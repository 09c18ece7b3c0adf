// The association form (issue 19): what a resident proposes and a member edits, as the API's
// AssociationInput takes it.
import type { AssociationField } from '$lib/gql/graphql';
import { text } from './forms';

export const ASSOCIATION_TEXT_FIELDS = [
  'name',
  'description',
  'contactEmail',
  'contactPhone',
  'website',
] as const;

/** What was typed (the ticked fields of action joined by commas), to show the form again. */
export function associationValues(form: FormData): Record<string, string> {
  return {
    ...Object.fromEntries(ASSOCIATION_TEXT_FIELDS.map((name) => [name, text(form, name)])),
    fields: form
      .getAll('fields')
      .map((f) => String(f))
      .join(','),
  };
}

/** The API's AssociationInput from the form's values (empty contacts left out). */
export function associationInput(values: Record<string, string>) {
  return {
    name: values.name,
    description: values.description,
    contactEmail: values.contactEmail || null,
    contactPhone: values.contactPhone || null,
    website: values.website || null,
    fields: (values.fields ? values.fields.split(',') : []) as AssociationField[],
  };
}
