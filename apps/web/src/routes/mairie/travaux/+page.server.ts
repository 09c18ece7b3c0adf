import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  PostWorksDocument,
  WorksCouncilsDocument,
  WorksListDocument,
} from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ worksProjects }, { councils }] = await Promise.all([
    query(event, WorksListDocument, { scope: 'ALL' }),
    query(event, WorksCouncilsDocument, {}),
  ]);
  return {
    title: 'Travaux — mairie',
    works: worksProjects,
    councils: councils.edges.map((e) => e.node),
  };
};

export const actions: Actions = {
  post: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const councilIds = form.getAll('councilIds').map(String);
    const values = {
      title: text(form, 'title'),
      description: text(form, 'description'),
      address: text(form, 'address'),
      geometry: text(form, 'geometry'),
      startsOn: text(form, 'startsOn'),
      endsOn: text(form, 'endsOn'),
      assessmentDueOn: text(form, 'assessmentDueOn'),
      detour: text(form, 'detour'),
      detourAccessible: text(form, 'detourAccessible'),
      councilIds: councilIds.join(','),
    };
    const missing = required(form, {
      title: 'le titre',
      description: 'ce qui est fait',
      address: 'l’adresse',
      startsOn: 'le premier jour',
      endsOn: 'le dernier jour',
      detour: 'l’itinéraire de déviation',
    });
    if (councilIds.length === 0)
      missing.push({ field: 'councilIds', message: 'Choisissez au moins un conseil.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      PostWorksDocument,
      {
        input: {
          title: values.title,
          description: values.description,
          address: values.address,
          geometry: values.geometry || null,
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          assessmentDueOn: values.assessmentDueOn || null,
          councilIds,
          detour: values.detour,
          detourAccessible: values.detourAccessible === 'oui',
        },
      },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/mairie/travaux/${r.data.postWorks.id}?fait=publies`);
  },
};
