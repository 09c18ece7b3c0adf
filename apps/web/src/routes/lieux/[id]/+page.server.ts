import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import { PlaceDocument, ReportPlaceProblemDocument } from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const { place } = await query(event, PlaceDocument, { id: event.params.id });
  const me = event.locals.me;
  return {
    title: `${place.name} – Lieux publics`,
    place,
    // Reporting needs a verified address (the API decides; the page says so beforehand).
    canReport: Boolean(me?.emailVerified),
    signedIn: Boolean(me),
    done: event.url.searchParams.has('signale'),
  };
};

export const actions: Actions = {
  report: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const body = text(form, 'body');
    if (body.length < 10)
      return invalid(
        [{ field: 'body', message: 'Décrivez le problème en 10 caractères au moins.' }],
        { body },
      );
    const r = await call(
      ReportPlaceProblemDocument,
      { input: { placeId: event.params.id, body } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, { body });
    redirect(303, `/lieux/${event.params.id}?signale#signalements`);
  },
};
