import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { call } from '$lib/server/api';
import { invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { CHARTER_PARAMETERS, SEAT_PARAMETERS } from '$lib/charter';
import { spaced } from '$lib/format';
import type { College, CouncilRole } from '$lib/gql/graphql';
import {
  AddCouncilMemberDocument,
  AdminCouncilDocument,
  AnnounceSortitionDocument,
  CharterHistoryDocument,
  EndMembershipDocument,
  RunSortitionDocument,
  SearchAccountsDocument,
  SortitionsDocument,
  UpdateCharterDocument,
} from '$lib/server/operations';
import { failRenamed } from '$lib/server/staff';
import { townHallOnly } from '$lib/server/town-hall';

const COLLEGES: College[] = ['RESIDENTS', 'ASSOCIATIONS', 'ELECTED_MAJORITY', 'ELECTED_OPPOSITION'];
const ROLES: CouncilRole[] = ['MEMBER', 'CHAIR', 'CO_CHAIR', 'SECRETARY'];
/** What each action says once done, in the address (redirect-after-post). */
const DONE: Record<string, string> = {
  cree: 'Le conseil est créé, avec la charte par défaut.',
  'charte-modifiee': 'La charte est modifiée\u00a0: une nouvelle version est en vigueur.',
  'charte-inchangee': 'Aucun paramètre n’a changé\u00a0: la charte reste dans sa version actuelle.',
  'membre-ajoute': 'Le mandat est ajouté.',
  'mandat-termine': 'Le mandat est terminé.',
  'tirage-annonce': 'Le tirage est annoncé\u00a0: la liste des volontaires est figée et publiée.',
  'tirage-effectue': 'Le tirage est effectué et publié.',
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const { council } = await query(event, AdminCouncilDocument, { slug: event.params.slug });
  const [{ sortitions }, { auditLog }] = await Promise.all([
    query(event, SortitionsDocument, { councilId: council.id }),
    query(event, CharterHistoryDocument, { councilId: council.id }),
  ]);
  const done = Object.keys(DONE).find((key) => event.url.searchParams.has(key));
  return {
    title: `Administration – ${council.name}`,
    council,
    sortitions,
    history: auditLog.edges.map((e) => e.node),
    done: done ? DONE[done] : null,
    graphqlUrl: new URL('/graphql', event.url).href,
  };
};

async function councilId(event: RequestEvent) {
  const { council } = await query(event, AdminCouncilDocument, { slug: event.params.slug });
  return council.id;
}

// No fragment in the address: a browser does not autofocus in a page opened at one, and the
// notice (right after the h1) must take the focus, with or without JavaScript.
const back = (event: RequestEvent, done: string) =>
  redirect(303, `/mairie/conseils/${event.params.slug}?${done}`);

export const actions: Actions = {
  charter: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values: Record<string, string> = {};
    const errors: { field: string; message: string }[] = [];
    const whole = (name: string, optional = false): number | null => {
      const raw = text(form, name);
      values[name] = raw;
      if (raw === '' && optional) return null;
      if (!/^\d+$/.test(raw)) {
        errors.push({ field: name, message: 'Indiquez un nombre entier positif ou nul.' });
        return null;
      }
      return Number(raw);
    };
    const numbers = Object.fromEntries(
      CHARTER_PARAMETERS.map((p) => [p.name, whole(p.name, p.optional)]),
    );
    const seats = Object.fromEntries(SEAT_PARAMETERS.map((p) => [p.name, whole(p.name)]));
    const residentCoChairRequired = form.get('residentCoChairRequired') === 'on';
    values.residentCoChairRequired = residentCoChairRequired ? 'on' : '';
    values.charterVersion = text(form, 'charterVersion');
    if (errors.length) return invalid(errors, values);
    const { council } = await query(event, AdminCouncilDocument, { slug: event.params.slug });
    // The API's UpdateCouncilCharterInput has no expected version: the site checks it here, so
    // that two agents' saves do not undo each other (a save in the instant between stays possible).
    if (values.charterVersion !== String(council.charter.version))
      return fail(409, {
        message: spaced(
          `La charte a été modifiée entre-temps (version ${council.charter.version} en vigueur) : vos changements ne sont pas enregistrés. Relisez la charte actuelle, puis refaites-les.`,
        ),
        fields: [],
        values: {} as Record<string, string>,
      });
    const r = await call(
      UpdateCharterDocument,
      {
        input: {
          councilId: council.id,
          charter: {
            ...(numbers as Record<string, number>),
            quorum: numbers.quorum,
            residentCoChairRequired,
            seats: seats as {
              residents: number;
              associations: number;
              electedMajority: number;
              electedOpposition: number;
            },
          },
        },
      },
      as(event),
    );
    if (!r.ok) return failRenamed(r.error, {}, values);
    const changed = r.data.updateCouncilCharter.charter.version !== council.charter.version;
    back(event, changed ? 'charte-modifiee' : 'charte-inchangee');
  },

  addMember: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values = {
      email: text(form, 'email'),
      college: text(form, 'college'),
      role: text(form, 'role'),
      politicalGroup: text(form, 'politicalGroup'),
      termStart: text(form, 'termStart'),
    };
    const missing = required(form, { email: 'l’adresse e-mail de la personne' });
    if (missing.length) return invalid(missing, values);
    const college = COLLEGES.find((c) => c === values.college);
    const role = ROLES.find((c) => c === values.role) ?? 'MEMBER';
    if (!college) return invalid([{ field: 'college', message: 'Choisissez un collège.' }], values);
    // The API takes an account id: the address typed finds it (the exact address comes first).
    const found = await call(SearchAccountsDocument, { query: values.email }, as(event));
    if (!found.ok) return failRenamed(found.error, {}, values);
    const account = found.data.searchAccounts.edges
      .map((e) => e.node)
      .find((a) => a.email?.toLowerCase() === values.email.toLowerCase());
    if (!account)
      return invalid(
        [{ field: 'email', message: 'Aucun compte n’a cette adresse e-mail.' }],
        values,
      );
    const r = await call(
      AddCouncilMemberDocument,
      {
        input: {
          councilId: await councilId(event),
          accountId: account.id,
          college,
          role,
          politicalGroup: values.politicalGroup || undefined,
          termStart: values.termStart || undefined,
        },
      },
      as(event),
    );
    if (!r.ok) return failRenamed(r.error, { accountId: 'email' }, values);
    back(event, 'membre-ajoute');
  },

  endMembership: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const membershipId = text(form, 'membershipId');
    const field = `reason-${membershipId}`;
    const values = { [field]: text(form, field), membershipId };
    if (!values[field])
      return invalid([{ field, message: 'Indiquez la raison de la fin du mandat.' }], values);
    const r = await call(
      EndMembershipDocument,
      { input: { membershipId, reason: values[field] } },
      as(event),
    );
    if (!r.ok) return failRenamed(r.error, { reason: field }, values);
    back(event, 'mandat-termine');
  },

  announce: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values = { drawSeats: text(form, 'drawSeats'), seedRule: text(form, 'seedRule') };
    const missing = required(form, {
      drawSeats: 'le nombre de sièges à pourvoir',
      seedRule: 'la règle qui donnera la graine',
    });
    if (!missing.length && !/^\d+$/.test(values.drawSeats))
      missing.push({ field: 'drawSeats', message: 'Indiquez un nombre entier.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      AnnounceSortitionDocument,
      {
        input: {
          councilId: await councilId(event),
          seats: Number(values.drawSeats),
          seedRule: values.seedRule,
        },
      },
      as(event),
    );
    if (!r.ok) return failRenamed(r.error, { seats: 'drawSeats' }, values);
    back(event, 'tirage-annonce');
  },

  draw: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values = { seed: text(form, 'seed'), sortitionId: text(form, 'sortitionId') };
    const missing = required(form, { seed: 'la graine' });
    if (missing.length) return invalid(missing, values);
    const r = await call(RunSortitionDocument, { input: values }, as(event));
    if (!r.ok) {
      // A second tap (or a resent form) finds the draw made by the first, with this seed: success.
      const done = await call(SortitionsDocument, { councilId: await councilId(event) }, as(event));
      const drawn =
        done.ok &&
        done.data.sortitions.some(
          (s) => s.id === values.sortitionId && s.status === 'DRAWN' && s.seed === values.seed,
        );
      if (drawn) back(event, 'tirage-effectue');
      return failRenamed(r.error, {}, values);
    }
    back(event, 'tirage-effectue');
  },
};
