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
import { townHallOnly } from '$lib/server/town-hall';
import type { SolidarityEntryColumn } from '$lib/gql/graphql';

/** The columns an agent can map, in the order of the form. */
const COLUMNS: SolidarityEntryColumn[] = [
  'title' as SolidarityEntryColumn,
  'operatorName' as SolidarityEntryColumn,
  'address' as SolidarityEntryColumn,
  'hours' as SolidarityEntryColumn,
  'audience' as SolidarityEntryColumn,
  'languages' as SolidarityEntryColumn,
  'soliguideUrl' as SolidarityEntryColumn,
  'lastCheckedOn' as SolidarityEntryColumn,
];

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ editableSolidarityEntries }, { councils }] = await Promise.all([
    query(event, EditableSolidarityEntriesDocument, {}),
    query(event, CouncilsDocument, {}),
  ]);
  return {
    title: spaced('Page d’information solidarité : fiches et import'),
    entries: editableSolidarityEntries,
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
    columns: COLUMNS,
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
    if (!r.ok) return failWith(r.error, values);
    return { report: r.data.importSolidarityEntries };
  },
};
