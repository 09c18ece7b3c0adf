import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AnswerPlaceReportDocument,
  CouncilsDocument,
  HidePlaceReportDocument,
  PlaceDocument,
  UpdatePlaceDocument,
} from '$lib/server/operations';
import { PLACE_FIELDS, readPlaceForm } from '$lib/server/place-form';
import { hideReason } from '$lib/server/report-moderation';
import { townHallOnly } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  cree: 'Le lieu est ajouté au registre.',
  modifie: 'Le lieu est mis à jour.',
  repondu: 'La réponse est publiée sous le signalement\u202f; son auteur·e en est prévenu·e.',
  masque: 'Le signalement est masqué\u202f: il n’apparaît plus sur les pages publiques.',
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ place }, { councils }] = await Promise.all([
    query(event, PlaceDocument, { id: event.params.id }),
    query(event, CouncilsDocument, {}),
  ]);
  const values: Record<string, string> = Object.fromEntries(
    PLACE_FIELDS.map((k) => [k, String(place[k] ?? '')]),
  );
  return {
    title: `${place.name} – Registre des lieux – Mairie`,
    place,
    values,
    councils: councils.edges.map((e) => ({ id: e.node.id, name: e.node.name })),
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (event: RequestEvent, done: string, hash = '') =>
  redirect(303, `/mairie/lieux/${event.params.id}?fait=${done}${hash}`);

export const actions: Actions = {
  update: async (event) => {
    townHallOnly(event);
    const { values, input, missing } = readPlaceForm(await event.request.formData());
    if (!input) return invalid(missing, values);
    const r = await call(
      UpdatePlaceDocument,
      { input: { ...input, id: event.params.id } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    back(event, 'modifie');
  },
  answer: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const reportId = text(form, 'reportId');
    const field = `answer-${reportId}`;
    const answer = text(form, field);
    if (answer.length < 5)
      return invalid([{ field, message: 'Écrivez la réponse (5 caractères au moins).' }], {
        [field]: answer,
      });
    const r = await call(AnswerPlaceReportDocument, { input: { reportId, answer } }, as(event));
    if (!r.ok) {
      const fields = r.error.fields.map((f) => ({ ...f, field }));
      return failWith({ ...r.error, fields }, { [field]: answer });
    }
    back(event, 'repondu', `#signalement-${reportId}`);
  },
  hide: async (event) => {
    townHallOnly(event);
    const { reportId, field, reason, values, problem } = hideReason(await event.request.formData());
    if (problem) return invalid([problem], values);
    const r = await call(HidePlaceReportDocument, { input: { reportId, reason } }, as(event));
    if (!r.ok) {
      const fields = r.error.fields.map((f) => ({ ...f, field }));
      return failWith({ ...r.error, fields }, values);
    }
    back(event, 'masque', '#signalements');
  },
};
