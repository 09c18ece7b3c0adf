import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  AddAssociationMemberByEmailDocument,
  AssociationManageDocument,
  RemoveAssociationMemberDocument,
  SolidarityPageDocument,
} from '$lib/server/operations';
import { isTownHall } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  proposee:
    'Votre demande est envoyée. La mairie l’étudie\u00a0: sa décision s’affichera sur cette page, visible seulement des membres de l’association et de la mairie en attendant.',
  modifiee: 'Les informations de l’association sont enregistrées.',
  'membre-ajoute': 'La personne agit maintenant pour l’association.',
  'membre-retire': 'La personne n’agit plus pour l’association.',
};

export const load: PageServerLoad = async (event) => {
  const [{ association }, { solidarityEntries }] = await Promise.all([
    query(event, AssociationManageDocument, { id: event.params.id }),
    // The entries it runs: a partner keeps a handful (the API pages at 100 at most).
    query(event, SolidarityPageDocument, { association: event.params.id, first: 100 }),
  ]);
  const done = event.url.searchParams.get('fait');
  return {
    title: association.name,
    association,
    // Its members and the town hall manage who acts for it and edit it.
    manages: association.viewerIsMember || isTownHall(event.locals.me?.role),
    meId: event.locals.me?.id ?? null,
    entries: solidarityEntries.edges.map((e) => e.node),
    done: done && DONE[done] ? DONE[done] : null,
  };
};

export const actions: Actions = {
  add: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const values = { email: text(form, 'email') };
    if (!values.email)
      return invalid(
        [{ field: 'email', message: 'Indiquez l’adresse électronique de son compte.' }],
        values,
      );
    const r = await call(
      AddAssociationMemberByEmailDocument,
      { input: { associationId: event.params.id, email: values.email } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/associations/${event.params.id}?fait=membre-ajoute`);
  },
  remove: async (event) => {
    const me = signedIn(event);
    const form = await event.request.formData();
    const accountId = text(form, 'accountId');
    const r = await call(
      RemoveAssociationMemberDocument,
      { input: { associationId: event.params.id, accountId } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, {});
    // Whoever leaves a pending association can no longer see its page.
    if (accountId === me.id && !isTownHall(me.role))
      redirect(303, '/associations/mes-associations?quittee');
    redirect(303, `/associations/${event.params.id}?fait=membre-retire`);
  },
};
