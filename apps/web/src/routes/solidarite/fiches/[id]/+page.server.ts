import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  ConfirmSolidarityEntryDocument,
  SetSolidarityEntryStatusDocument,
  SolidarityEntryDocument,
  UpdateSolidarityEntryDocument,
} from '$lib/server/operations';
import { entryInput, entryValues } from '$lib/server/solidarity';
import { isTownHall } from '$lib/server/town-hall';
import type { SolidarityEntryStatus } from '$lib/gql/graphql';

export const load: PageServerLoad = async (event) => {
  const { solidarityEntry } = await query(event, SolidarityEntryDocument, { id: event.params.id });
  return {
    title: solidarityEntry.title,
    entry: solidarityEntry,
    townHall: isTownHall(event.locals.me?.role),
    done: event.url.searchParams.get('fait'),
  };
};

export const actions: Actions = {
  update: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const values = entryValues(form);
    const missing = required(form, { title: 'le service proposé' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      UpdateSolidarityEntryDocument,
      { input: { entryId: event.params.id, ...entryInput(values) } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/solidarite/fiches/${event.params.id}?fait=modifiee`);
  },
  confirm: async (event) => {
    signedIn(event);
    const r = await call(ConfirmSolidarityEntryDocument, { entryId: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    redirect(303, `/solidarite/fiches/${event.params.id}?fait=confirmee`);
  },
  status: async (event) => {
    signedIn(event);
    const status = text(await event.request.formData(), 'status') as SolidarityEntryStatus;
    const r = await call(
      SetSolidarityEntryStatusDocument,
      { input: { entryId: event.params.id, status } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, {});
    redirect(
      303,
      `/solidarite/fiches/${event.params.id}?fait=${status === 'PUBLISHED' ? 'publiee' : 'retiree'}`,
    );
  },
};
