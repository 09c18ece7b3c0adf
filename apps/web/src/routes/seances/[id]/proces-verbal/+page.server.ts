import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { MEETING_STATUS, dateTime } from '$lib/format';
import { changes } from '$lib/line-diff';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  AddMinutesToAgendaDocument,
  CouncilOfficesDocument,
  CouncilsDocument,
  DraftMinutesDocument,
  MeetingMinutesDocument,
  SubmitMinutesDocument,
} from '$lib/server/operations';
import { isTownHall } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  enregistre: 'Le brouillon est enregistré. Relisez l’aperçu ci-dessous.',
  soumis:
    'Le procès-verbal est soumis : il sera adopté par un scrutin lors d’une prochaine séance.',
  inscrit: 'Le procès-verbal est inscrit à l’ordre du jour de la séance choisie.',
  correction: 'Une version corrigée est commencée : modifiez-la, puis soumettez-la.',
};

/** The API lets the council's secretary and chair write the minutes (and agents). */
const WRITERS = new Set(['SECRETARY', 'CHAIR']);
/** …and its chair and co-chair put them on a later meeting's agenda. */
const AGENDA_SETTERS = new Set(['CHAIR', 'CO_CHAIR']);

const written = (v: { record: string; summary: string }) => `${v.record}\n\n${v.summary}`;

export const load: PageServerLoad = async (event) => {
  const me = signedIn(event);
  const [{ meeting }, { councils }] = await Promise.all([
    query(event, MeetingMinutesDocument, { id: event.params.id }),
    query(event, CouncilsDocument, {}),
  ]);
  const council = councils.edges.map((e) => e.node).find((c) => c.id === meeting.councilId);
  const offices = council
    ? await query(event, CouncilOfficesDocument, { slug: council.slug, councilId: council.id })
    : null;
  const roles = new Set(
    (offices?.council.colleges ?? [])
      .flatMap((c) => c.members)
      .filter((m) => m.accountId === me.id)
      .map((m) => m.role),
  );
  const agent = isTownHall(me.role);
  const versions = meeting.minutes.map((v) => {
    const previous = meeting.minutes.find((p) => p.id === v.previousVersionId);
    return {
      ...v,
      previousVersion: previous?.version ?? null,
      correctedBy: meeting.minutes
        .filter((n) => n.previousVersionId === v.id)
        .map((n) => n.version),
      // What a correction changed, line by line: in the record and the summary (the published
      // document's audit anchor is not an edit).
      changes: previous ? changes(written(previous), written(v)) : [],
    };
  });
  const latest = versions.at(-1) ?? null;
  const later = (offices?.meetings.edges ?? [])
    .map((e) => e.node)
    .filter((m) => Date.parse(m.startsAt) > Date.parse(meeting.startsAt));
  return {
    title: `Procès-verbal de la séance du ${dateTime(meeting.startsAt)}`,
    meeting: {
      id: meeting.id,
      startsAt: meeting.startsAt,
      place: meeting.place,
      status: meeting.status,
      statusLabel: MEETING_STATUS[meeting.status],
    },
    council: council ? { name: council.name, slug: council.slug } : null,
    versions,
    latest,
    mayWrite: agent || [...roles].some((r) => WRITERS.has(r)),
    maySetAgenda: agent || [...roles].some((r) => AGENDA_SETTERS.has(r)),
    agent,
    laterMeetings: later,
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string, anchor = '') =>
  redirect(303, `/seances/${id}/proces-verbal?fait=${done}${anchor}`);

export const actions: Actions = {
  draft: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    // Not trimmed: the secretary's Markdown keeps its blank lines and indentation.
    const summary = String(form.get('summary') ?? '');
    const correction = text(form, 'correction') === '1';
    const r = await call(
      DraftMinutesDocument,
      { input: { meetingId: event.params.id, summary, correction } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, { summary });
    back(event.params.id, correction ? 'correction' : 'enregistre', '#apercu');
  },
  submit: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const r = await call(SubmitMinutesDocument, { id: text(form, 'minutesId') }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'soumis');
  },
  inscribe: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const meetingId = text(form, 'meetingId');
    if (!meetingId)
      return invalid([{ field: 'meetingId', message: 'Choisissez la séance.' }], { meetingId });
    const r = await call(
      AddMinutesToAgendaDocument,
      { input: { meetingId, kind: 'MINUTES', minutesId: text(form, 'minutesId') } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, { meetingId });
    back(event.params.id, 'inscrit');
  },
};
