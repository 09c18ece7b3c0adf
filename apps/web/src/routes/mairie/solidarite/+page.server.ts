import { spaced } from '$lib/format';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  CouncilsDocument,
  EditableSolidarityEntriesDocument,
  ImportSolidarityEntriesDocument,
} from '$lib/server/operations';
import { pageLinks } from '$lib/server/pages';
import { townHallOnly } from '$lib/server/town-hall';
import type { SolidarityEntryColumn } from '$lib/gql/graphql';

/**
 * Every column an import can fill (all of the API's SolidarityEntryColumn: the `Record` type makes
 * a missing one a type error), in the order of the form, with its label.
 */
const COLUMN_LABELS: Record<SolidarityEntryColumn, string> = {
  title: 'Service',
  operatorName: 'Organisme',
  description: 'Description',
  audience: 'Public',
  address: 'Adresse',
  hours: 'Horaires',
  access: 'Accès',
  accessibility: 'Accessibilité',
  languages: 'Langues',
  cost: 'Tarif',
  contact: 'Contact',
  soliguideUrl: 'Lien Soliguide',
  lastCheckedOn: 'Date de vérification',
};
const COLUMNS = Object.keys(COLUMN_LABELS) as SolidarityEntryColumn[];

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ editableSolidarityEntries }, { councils }] = await Promise.all([
    query(event, EditableSolidarityEntriesDocument, {
      after: event.url.searchParams.get('apres') || undefined,
    }),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: spaced('Page d’information solidarité : fiches et import'),
    entries: editableSolidarityEntries.edges.map((e) => e.node),
    total: editableSolidarityEntries.totalCount,
    ...pageLinks(event.url, editableSolidarityEntries.pageInfo, 'apres', '#fiches'),
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
    columns: COLUMNS.map((column) => ({ column, label: COLUMN_LABELS[column] })),
  };
};

export const actions: Actions = {
  import: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const file = form.get('file');
    const csv = file instanceof File && file.size > 0 ? await file.text() : text(form, 'csv');
    const values = { councilId: text(form, 'councilId') };
    if (!csv) return invalid([{ field: 'file', message: 'Choisissez un fichier CSV.' }], values);
    const mapping = COLUMNS.map((column) => ({
      column,
      header: text(form, `col-${column}`),
    })).filter((m) => m.header);
    const r = await call(
      ImportSolidarityEntriesDocument,
      {
        input: {
          csv,
          mapping: mapping.length ? mapping : null,
          councilId: values.councilId || null,
          publish: text(form, 'publish') === 'oui',
        },
      },
      as(event),
    );
    // The API names the text it received (input.csv): on this form, that is the file field.
    if (!r.ok)
      return failWith(
        {
          ...r.error,
          fields: r.error.fields.map((f) => (f.field === 'csv' ? { ...f, field: 'file' } : f)),
        },
        values,
      );
    return { report: r.data.importSolidarityEntries };
  },
};
