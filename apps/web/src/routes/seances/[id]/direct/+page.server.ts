import { redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { attendanceFields } from '$lib/attendance-fields';
import { dateTime, spaced, VOTE_CHOICE } from '$lib/format';
import type { AttendanceStatus, VoteChoice } from '$lib/gql/graphql';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as } from '$lib/server/load';
import { currentItem, loadMeetingDay } from '$lib/server/meeting-day';
import {
  CastVoteDocument,
  CloseBallotDocument,
  CloseMeetingDocument,
  OpenBallotDocument,
  OpenMeetingDocument,
  RecordAttendanceDocument,
} from '$lib/server/operations';

const DONE: Record<string, string> = {
  ouverte: 'La séance est ouverte. Enregistrez les présences.',
  presences: 'Les présences sont enregistrées.',
  scrutin: 'Le scrutin est ouvert : les membres présents peuvent voter.',
  vote: 'Votre vote est enregistré. Il est définitif.',
  'deja-vote':
    'Ce vote était déjà enregistré : il ne compte qu’une fois et ne peut pas être modifié.',
  clos: 'Le scrutin est clos : le résultat est affiché.',
  terminee: 'La séance est close.',
};

const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
const STATUSES = ['PRESENT', 'REPRESENTED', 'ABSENT'] as const;

/**
 * The votes this browser has cast (ballot and voter, never the choice), so that a reload shows
 * "vote enregistré" instead of the buttons. The API is the record: a vote sent again is refused
 * with ALREADY_VOTED whatever this cookie says.
 */
const VOTES_COOKIE = 'quorum-votes';
const castHere = (cookies: Cookies) =>
  new Set((cookies.get(VOTES_COOKIE) ?? '').split(' ').filter(Boolean));
function rememberVote(cookies: Cookies, ballotId: string, voterId: string) {
  const votes = [...castHere(cookies), `${ballotId}.${voterId}`].slice(-40);
  cookies.set(VOTES_COOKIE, [...new Set(votes)].join(' '), {
    path: '/seances',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 86_400,
  });
}

/**
 * The choice just cast, for the confirmation screen after the redirect: an httpOnly cookie of a
 * minute, on this meeting's page only, deleted as soon as it is read. A secret ballot's choice so
 * never goes into an address (the API's request log, the phone's history).
 */
const CAST_COOKIE = 'quorum-vote-cast';
const castOptions = (meetingId: string) => ({
  path: `/seances/${meetingId}/direct`,
  httpOnly: true,
  sameSite: 'strict' as const,
  maxAge: 60,
});
function flashCast(cookies: Cookies, meetingId: string, voterId: string, choice: VoteChoice) {
  cookies.set(CAST_COOKIE, `${voterId}.${choice}`, castOptions(meetingId));
}
function takeCast(cookies: Cookies, meetingId: string) {
  const value = cookies.get(CAST_COOKIE);
  if (!value) return null;
  cookies.delete(CAST_COOKIE, castOptions(meetingId));
  const [voterId, choice] = value.split('.');
  return CHOICES.includes(choice as VoteChoice) ? { voterId, choice: choice as VoteChoice } : null;
}

export const load: PageServerLoad = async (event) => {
  const day = await loadMeetingDay(event);
  const { meeting, me } = day;
  const open = meeting.agenda.find((i) => i.ballot?.status === 'OPEN') ?? null;
  const mine = meeting.attendance.find((a) => a.accountId === me?.id);
  const voted = castHere(event.cookies);
  // Whom this person votes for: themself when present, and each member whose proxy they hold.
  const voters = me
    ? [
        ...(mine?.status === 'PRESENT' ? [{ id: me.id, name: me.displayName, self: true }] : []),
        ...meeting.attendance
          .filter((a) => a.status === 'REPRESENTED' && a.proxyHolderId === me.id)
          .map((a) => ({ id: a.accountId, name: a.displayName, self: false })),
      ].map((v) => ({ ...v, voted: open ? voted.has(`${open.ballot?.id}.${v.id}`) : false }))
    : [];
  const params = event.url.searchParams;
  let done = DONE[params.get('fait') ?? ''] ?? null;
  // What the vote just recorded: flashed by a short-lived cookie read once, never by the address.
  const cast = takeCast(event.cookies, event.params.id);
  if (done && cast && params.get('fait') === 'vote') {
    const doneFor = voters.find((v) => v.id === cast.voterId && !v.self);
    const choice = VOTE_CHOICE[cast.choice];
    done = doneFor
      ? `Vote enregistré pour ${doneFor.name} (par pouvoir) : ${choice}. Il est définitif.`
      : `Votre vote est enregistré : ${choice}. Il est définitif.`;
  }
  return {
    ...day,
    title: `Séance en direct du ${dateTime(meeting.startsAt)}`,
    openItem: open,
    current: currentItem(meeting),
    voters,
    done: done ? spaced(done) : null,
  };
};

const here = (id: string, done: string) => redirect(303, `/seances/${id}/direct?fait=${done}`);

export const actions: Actions = {
  open: async (event) => {
    signedIn(event);
    const r = await call(OpenMeetingDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    here(event.params.id, 'ouverte');
  },
  attendance: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const members = form.getAll('member').map(String);
    const values: Record<string, string> = {};
    const entries = members.map((accountId) => {
      const status = text(form, `status-${accountId}`) as AttendanceStatus;
      const proxyHolderId = text(form, `proxy-${accountId}`);
      values[`status-${accountId}`] = status;
      values[`proxy-${accountId}`] = proxyHolderId;
      return { accountId, status, proxyHolderId };
    });
    // What the site can tell before asking (the API checks it all the same), by the field.
    const fields = entries.flatMap((e) => {
      if (!STATUSES.includes(e.status as (typeof STATUSES)[number]))
        return [{ field: `status-${e.accountId}`, message: 'Indiquez sa présence.' }];
      if (e.status !== 'REPRESENTED') return [];
      const holder = entries.find((h) => h.accountId === e.proxyHolderId);
      if (!holder)
        return [{ field: `proxy-${e.accountId}`, message: 'Choisissez qui détient son pouvoir.' }];
      if (holder.status !== 'PRESENT')
        return [
          {
            field: `proxy-${e.accountId}`,
            message: 'Un pouvoir ne peut être confié qu’à un membre présent.',
          },
        ];
      if (
        entries.filter((o) => o.status === 'REPRESENTED' && o.proxyHolderId === holder.accountId)
          .length > 1
      )
        return [
          {
            field: `proxy-${e.accountId}`,
            message: 'Chaque membre présent ne détient qu’un pouvoir.',
          },
        ];
      return [];
    });
    if (fields.length) return invalid(fields, values);
    const r = await call(
      RecordAttendanceDocument,
      {
        input: {
          meetingId: event.params.id,
          entries: entries.map((e) => ({
            accountId: e.accountId,
            status: e.status,
            proxyHolderId: e.status === 'REPRESENTED' ? e.proxyHolderId : null,
          })),
        },
      },
      as(event),
    );
    // The API's field errors, next to the member's field they are about.
    if (!r.ok)
      return failWith({ ...r.error, fields: attendanceFields(r.error.fields, members) }, values);
    here(event.params.id, 'presences');
  },
  openBallot: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const agendaItemId = text(form, 'agendaItemId');
    const secret = text(form, 'secret') === 'oui';
    if (!agendaItemId)
      return invalid([{ field: 'agendaItemId', message: 'Choisissez le point à voter.' }], {});
    const r = await call(OpenBallotDocument, { input: { agendaItemId, secret } }, as(event));
    if (!r.ok) return failWith(r.error, { agendaItemId, secret: secret ? 'oui' : 'non' });
    here(event.params.id, 'scrutin');
  },
  /**
   * The confirm step, posted (it works without JavaScript): the page answers with the
   * confirmation screen as the action's data, so the choice is never in an address.
   */
  confirmer: async (event) => {
    const me = signedIn(event);
    const form = await event.request.formData();
    const voterId = text(form, 'pour') || me.id;
    const choice = text(form, 'choix') as VoteChoice;
    if (!CHOICES.includes(choice)) return invalid([], {}, 'Choisissez pour, contre ou abstention.');
    return { confirm: { voterId, choice } };
  },
  vote: async (event) => {
    const me = signedIn(event);
    const form = await event.request.formData();
    const ballotId = text(form, 'ballotId');
    const voterId = text(form, 'pour') || me.id;
    const choice = text(form, 'choix') as VoteChoice;
    if (!CHOICES.includes(choice)) return invalid([], {}, 'Choisissez pour, contre ou abstention.');
    const r = await call(
      CastVoteDocument,
      { input: { ballotId, choice, onBehalfOf: voterId === me.id ? null : voterId } },
      as(event),
    );
    // Sent twice (a double tap, a form posted again after a reconnection): the first one counts.
    if (!r.ok && r.error.reason === 'ALREADY_VOTED') {
      rememberVote(event.cookies, ballotId, voterId);
      here(event.params.id, 'deja-vote');
    }
    if (!r.ok) return failWith(r.error, {});
    rememberVote(event.cookies, ballotId, voterId);
    flashCast(event.cookies, event.params.id, voterId, choice);
    here(event.params.id, 'vote');
  },
  closeBallot: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const r = await call(CloseBallotDocument, { id: text(form, 'ballotId') }, as(event));
    if (!r.ok) return failWith(r.error, {});
    here(event.params.id, 'clos');
  },
  closeMeeting: async (event) => {
    signedIn(event);
    const r = await call(CloseMeetingDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    here(event.params.id, 'terminee');
  },
};
