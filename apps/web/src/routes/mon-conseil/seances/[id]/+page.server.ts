import { redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { myCouncil } from '$lib/server/memberships';
import { formKey, once } from '$lib/server/once';
import {
  AddAgendaItemDocument,
  CancelMeetingDocument,
  ConvokeMeetingDocument,
  MeetingRegisteredPlaceDocument,
  PrepMeetingDocument,
  QualifiedProposalsDocument,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
} from '$lib/server/operations';
import { clearDays, lastDayToConvene, tooLateToConvene } from '$lib/notice';
import type { AgendaItemKind } from '$lib/gql/graphql';
import { dateTime } from '$lib/format';

/** What a redirect after a successful post tells the page, in the address (?fait=…). */
const DONE: Record<string, string> = {
  planifiee: 'La séance est planifiée. Composez son ordre du jour, puis convoquez les membres.',
  ajoute: 'Le point est ajouté à l’ordre du jour.',
  retire: 'Le point est retiré de l’ordre du jour.',
  deplace: 'L’ordre du jour est réordonné.',
  convoquee: 'La convocation et l’ordre du jour sont envoyés aux membres.',
  annulee: 'La séance est annulée\u00a0; les membres en sont prévenus.',
};

async function prepare(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
  const { meeting } = await query(event, PrepMeetingDocument, { id: event.params.id! });
  const { me, council } = await myCouncil(event, { id: meeting.councilId });
  return { me, meeting, council };
}

export const load: PageServerLoad = async (event) => {
  const { me, meeting, council } = await prepare(event);
  const draft = meeting.status === 'DRAFT';
  const qualified =
    council.setsAgenda && draft
      ? (await query(event, QualifiedProposalsDocument, { councilId: council.id })).proposals.edges
          .map((e) => e.node)
          .filter((p) => !meeting.agenda.some((i) => i.proposalId === p.id))
      : [];
  const oppositionItems = meeting.agenda.filter((i) => i.kind === 'OPPOSITION').length;
  // The register's warning when the meeting is in a place not accessible (the scheduling's answer).
  const { meeting: where } = await query(event, MeetingRegisteredPlaceDocument, {
    id: meeting.id,
  });
  const done = [...event.url.searchParams.keys()].find((k) => k in DONE);
  return {
    // The date makes each meeting's title its own.
    title: `Préparer la séance du ${dateTime(meeting.startsAt)} – ${council.name}`,
    meeting,
    placeWarning: where.registeredPlace?.warning ?? null,
    placeId: where.registeredPlace?.id ?? null,
    council: {
      name: council.name,
      slug: council.slug,
      setsAgenda: council.setsAgenda,
      opposition: council.opposition,
    },
    meId: me.id,
    qualified,
    notice: {
      days: clearDays(council.noticeDays),
      lastDay: lastDayToConvene(meeting.startsAt, council.noticeDays),
      tooLate: tooLateToConvene(meeting.startsAt, council.noticeDays),
    },
    quota: {
      total: council.oppositionQuota,
      used: oppositionItems,
      left: Math.max(0, council.oppositionQuota - oppositionItems),
    },
    done: done ? DONE[done] : null,
    // One-time key of this rendering's forms that add an item (a double tap adds one).
    key: formKey(),
  };
};

const doneAt = (event: Pick<RequestEvent, 'params'>, what: string, anchor = '') =>
  `/mon-conseil/seances/${event.params.id}?${what}${anchor}`;
const back = (event: Pick<RequestEvent, 'params'>, what: string, anchor = '') =>
  redirect(303, doneAt(event, what, anchor));

export const actions: Actions = {
  add: async (event) => {
    const { meeting } = await prepare(event);
    const form = await event.request.formData();
    const values = {
      kind: text(form, 'kind'),
      title: text(form, 'title'),
      description: text(form, 'description'),
    };
    const missing = required(form, { kind: 'la nature du point', title: 'le titre du point' });
    // A double tap adds one item: the second post is answered as the first.
    const r = await once(`add:${meeting.id}`, text(form, 'key'), async () => {
      if (missing.length) return invalid(missing, values);
      const r = await call(
        AddAgendaItemDocument,
        {
          input: {
            meetingId: meeting.id,
            kind: values.kind as AgendaItemKind,
            title: values.title,
            description: values.description || null,
          },
        },
        as(event),
      );
      if (!r.ok) return failWith(r.error, values);
      return { location: doneAt(event, 'ajoute', '#ordre-du-jour') };
    });
    if ('location' in r) redirect(303, r.location);
    return r;
  },
  addProposal: async (event) => {
    const { meeting } = await prepare(event);
    const form = await event.request.formData();
    const proposalId = text(form, 'proposalId');
    const r = await once(`add:${meeting.id}:${proposalId}`, text(form, 'key'), async () => {
      const r = await call(
        AddAgendaItemDocument,
        { input: { meetingId: meeting.id, kind: 'QUALIFIED_PROPOSAL', proposalId } },
        as(event),
      );
      if (!r.ok) return failWith(r.error, {});
      return { location: doneAt(event, 'ajoute', '#ordre-du-jour') };
    });
    if ('location' in r) redirect(303, r.location);
    return r;
  },
  remove: async (event) => {
    await prepare(event);
    const form = await event.request.formData();
    const r = await call(RemoveAgendaItemDocument, { id: text(form, 'itemId') }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event, 'retire', '#ordre-du-jour');
  },
  move: async (event) => {
    const { meeting } = await prepare(event);
    const form = await event.request.formData();
    const ids = [...meeting.agenda].sort((a, b) => a.position - b.position).map((i) => i.id);
    const from = ids.indexOf(text(form, 'itemId'));
    const to = from + (text(form, 'direction') === 'haut' ? -1 : 1);
    // The move is from the order the page showed: if it changed since (a second tap of the same
    // button, another tab), the first post did the move and this one does nothing. An old page
    // without the field moves from the current order.
    const shown = form.has('order') ? text(form, 'order') : ids.join(',');
    // Already first or last, or an item removed meanwhile: nothing to move.
    if (shown === ids.join(',') && from >= 0 && to >= 0 && to < ids.length) {
      [ids[from], ids[to]] = [ids[to], ids[from]];
      const r = await call(
        ReorderAgendaDocument,
        { input: { meetingId: meeting.id, itemIds: ids } },
        as(event),
      );
      if (!r.ok) return failWith(r.error, {});
    }
    back(event, 'deplace', `#point-${text(form, 'itemId')}`);
  },
  convoke: async (event) => {
    const { meeting } = await prepare(event);
    const r = await call(ConvokeMeetingDocument, { id: meeting.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event, 'convoquee');
  },
  cancel: async (event) => {
    const { meeting } = await prepare(event);
    const form = await event.request.formData();
    const values = { reason: text(form, 'reason') };
    const missing = required(form, { reason: 'la raison de l’annulation' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      CancelMeetingDocument,
      { input: { meetingId: meeting.id, reason: values.reason } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    back(event, 'annulee');
  },
};
