import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  FollowWorksDocument,
  ReportDetourDocument,
  UnfollowWorksDocument,
  WorksPageDocument,
} from '$lib/server/operations';
import type { DetourProblem } from '$lib/gql/graphql';

const DONE: Record<string, string> = {
  signalement:
    'Merci : votre signalement est publié ci-dessous. La mairie y répondra ici, et vous serez prévenu·e.',
  suivi: 'Vous suivez ces travaux : vous serez prévenu·e quand la déviation change.',
  'plus-suivi': 'Vous ne suivez plus ces travaux.',
};
const PROBLEMS: DetourProblem[] = ['BLOCKED', 'DANGEROUS', 'NOT_ACCESSIBLE'];

export const load: PageServerLoad = async (event) => {
  const { worksProject } = await query(event, WorksPageDocument, { id: event.params.id });
  return {
    title: worksProject.title,
    works: worksProject,
    signedIn: Boolean(event.locals.me),
    // Reporting needs a verified address (the API decides; the page says so beforehand).
    canReport: Boolean(event.locals.me?.emailVerified),
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string, anchor = '') =>
  redirect(303, `/travaux/${id}?fait=${done}${anchor}`);

export const actions: Actions = {
  report: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const problem = text(form, 'problem');
    const values = { problem, place: text(form, 'place'), description: text(form, 'description') };
    const missing = required(form, { place: 'l’endroit', description: 'ce qui ne va pas' });
    if (!PROBLEMS.includes(problem as DetourProblem))
      missing.unshift({ field: 'problem', message: 'Choisissez le problème.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      ReportDetourDocument,
      {
        input: {
          worksId: event.params.id,
          problem: problem as DetourProblem,
          place: values.place,
          description: values.description,
        },
      },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    back(event.params.id, 'signalement', `#signalement-${r.data.reportDetourProblem.id}`);
  },
  follow: async (event) => {
    signedIn(event);
    const r = await call(FollowWorksDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'suivi');
  },
  unfollow: async (event) => {
    signedIn(event);
    const r = await call(UnfollowWorksDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'plus-suivi');
  },
};
