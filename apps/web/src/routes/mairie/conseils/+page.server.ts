import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import { CouncilsDocument, CreateCouncilDocument } from '$lib/server/operations';
import { failRenamed, staff } from '$lib/server/staff';

export const load: PageServerLoad = async (event) => {
  staff(event, 'agent');
  const { councils } = await query(event, CouncilsDocument, {});
  return { title: 'Administration des conseils', councils: councils.edges.map((e) => e.node) };
};

export const actions: Actions = {
  create: async (event) => {
    staff(event, 'agent');
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
    if (!r.ok) return failRenamed(r.error, {}, values);
    redirect(303, `/mairie/conseils/${r.data.createCouncil.slug}?cree`);
  },
};
