import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { call } from '$lib/server/api';
import { invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  CouncilCreatedDocument,
  CouncilsDocument,
  CreateCouncilDocument,
} from '$lib/server/operations';
import { failRenamed } from '$lib/server/staff';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const { councils } = await query(event, CouncilsDocument, {});
  return { title: 'Administration des conseils', councils: councils.edges.map((e) => e.node) };
};

/** How recent a council must be for a second post of the same form to be its double. */
const DOUBLE_POST_MS = 10 * 60 * 1000;

async function justCreated(
  event: RequestEvent,
  values: { name: string; slug: string; neighbourhood: string; perimeterDescription: string },
) {
  const r = await call(CouncilCreatedDocument, { slug: values.slug }, as(event));
  if (!r.ok) return false;
  const c = r.data.council;
  return (
    c.name === values.name &&
    c.neighbourhood === values.neighbourhood &&
    c.perimeterDescription === values.perimeterDescription &&
    Date.now() - new Date(c.createdAt).getTime() < DOUBLE_POST_MS
  );
}

export const actions: Actions = {
  create: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values = {
      name: text(form, 'name'),
      slug: text(form, 'slug'),
      neighbourhood: text(form, 'neighbourhood'),
      perimeterDescription: text(form, 'perimeterDescription'),
    };
    const missing = required(form, {
      name: 'le nom du conseil',
      slug: 'le nom court de l’adresse',
      neighbourhood: 'le quartier',
      perimeterDescription: 'le périmètre',
    });
    if (missing.length) return invalid(missing, values);
    const r = await call(CreateCouncilDocument, { input: values }, as(event));
    if (!r.ok) {
      // A double post: the second finds the slug taken by the council the first just created
      // with these same words. It is answered as the first was; any other council keeps its error.
      if (await justCreated(event, values)) redirect(303, `/mairie/conseils/${values.slug}?cree`);
      return failRenamed(r.error, {}, values);
    }
    redirect(303, `/mairie/conseils/${r.data.createCouncil.slug}?cree`);
  },
};
