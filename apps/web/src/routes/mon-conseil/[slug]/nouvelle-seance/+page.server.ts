import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call, type FieldError } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as } from '$lib/server/load';
import { myCouncil } from '$lib/server/memberships';
import { formKey, once } from '$lib/server/once';
import { PlacesDocument, ScheduleMeetingDocument } from '$lib/server/operations';
import { query } from '$lib/server/load';
import { clearDays, isCalendarDay, isClockTime, townInstant } from '$lib/notice';

const FORBIDDEN =
  'Vous n’avez pas le droit de planifier une séance de ce conseil\u00a0: seul·es sa présidence et sa coprésidence le font.';

export const load: PageServerLoad = async (event) => {
  const { council } = await myCouncil(event, { slug: event.params.slug });
  if (!council.setsAgenda) error(403, { message: FORBIDDEN, code: 'FORBIDDEN' });
  // The register's places, the council's own first: each says whether it is accessible.
  const { places } = await query(event, PlacesDocument, {});
  const mine = (p: { councilId?: string | null }) => (p.councilId === council.id ? 0 : 1);
  return {
    places: [...places]
      .sort((a, b) => mine(a) - mine(b) || a.name.localeCompare(b.name, 'fr'))
      .map((p) => ({ id: p.id, name: p.name, overall: p.overall, warning: p.warning })),
    title: `Planifier une séance – ${council.name}`,
    council: { name: council.name, slug: council.slug },
    notice: clearDays(council.noticeDays),
    key: formKey(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const { council } = await myCouncil(event, { slug: event.params.slug });
    const form = await event.request.formData();
    const values = Object.fromEntries(
      ['placeId', 'place', 'date', 'time', 'accessible', 'accessibilityDetails', 'isPublic'].map(
        (k) => [k, text(form, k)],
      ),
    );
    // A place of the register says its own words and accessibility; a place in words needs both.
    const missing = required(form, {
      ...(values.placeId ? {} : { place: 'le lieu, ou choisissez-le dans le registre' }),
      date: 'la date',
      time: 'l’heure',
      ...(values.placeId ? {} : { accessible: 'si le lieu est accessible' }),
      isPublic: 'si la séance est publique',
    });
    // A double tap schedules one meeting: the second post is answered as the first.
    const r = await once(`schedule:${council.id}`, text(form, 'key'), () =>
      schedule(event, council.id, values, missing),
    );
    if ('location' in r) redirect(303, r.location);
    return r;
  },
};

async function schedule(
  event: RequestEvent,
  councilId: string,
  values: Record<string, string>,
  missing: FieldError[],
) {
  if (missing.length) return invalid(missing, values);
  // A day or an hour that does not exist (31 February, 25:00) is refused, not rolled over.
  const wrong = [
    ...(isCalendarDay(values.date)
      ? []
      : [
          {
            field: 'date',
            message: 'Cette date n’existe pas. Indiquez une date valide, par exemple 10/12/2026.',
          },
        ]),
    ...(isClockTime(values.time)
      ? []
      : [
          {
            field: 'time',
            message: 'Cette heure n’existe pas. Indiquez une heure valide, de 00:00 à 23:59.',
          },
        ]),
  ];
  const startsAt = townInstant(values.date, values.time);
  if (wrong.length || !startsAt) return invalid(wrong, values);
  const r = await call(
    ScheduleMeetingDocument,
    {
      input: {
        councilId,
        placeId: values.placeId || null,
        place: values.place || null,
        startsAt,
        accessible: values.accessible ? values.accessible === 'oui' : null,
        accessibilityDetails: values.accessibilityDetails || null,
        isPublic: values.isPublic === 'oui',
      },
    },
    as(event),
  );
  if (!r.ok) {
    // The API names `startsAt`; the form asks for it in its date field.
    const fields = r.error.fields.map((f) =>
      f.field === 'startsAt' ? { ...f, field: 'date' } : f,
    );
    return failWith({ ...r.error, fields }, values);
  }
  return { location: `/mon-conseil/seances/${r.data.scheduleMeeting.id}?planifiee` };
}
