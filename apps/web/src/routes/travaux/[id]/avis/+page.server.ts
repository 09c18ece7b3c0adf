import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import { AssessWorksDocument, WorksToAssessDocument } from '$lib/server/operations';
import type { AssessmentOpinion } from '$lib/gql/graphql';

const OPINIONS: AssessmentOpinion[] = ['FAVOURABLE', 'RESERVED', 'UNFAVOURABLE'];

/** A partner association's member gives its assessment of the detour (the API decides who may). */
export const load: PageServerLoad = async (event) => {
  signedIn(event);
  const { worksProject } = await query(event, WorksToAssessDocument, { id: event.params.id });
  return {
    title: `Avis sur la déviation — ${worksProject.title}`,
    works: worksProject,
    done: event.url.searchParams.has('donne'),
  };
};

export const actions: Actions = {
  default: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const values = {
      associationId: text(form, 'associationId'),
      opinion: text(form, 'opinion'),
      comment: text(form, 'comment'),
    };
    const missing = required(form, { comment: 'les raisons de votre avis' });
    if (!OPINIONS.includes(values.opinion as AssessmentOpinion))
      missing.unshift({ field: 'opinion', message: 'Choisissez l’avis de l’association.' });
    if (!values.associationId)
      missing.unshift({ field: 'associationId', message: 'Choisissez l’association.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      AssessWorksDocument,
      {
        input: {
          worksId: event.params.id,
          associationId: values.associationId,
          opinion: values.opinion as AssessmentOpinion,
          comment: values.comment,
        },
      },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/travaux/${event.params.id}/avis?donne`);
  },
};
