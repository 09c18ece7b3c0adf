import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AnswerDetourReportDocument,
  ChangeDetourDocument,
  WorksPageDocument,
} from '$lib/server/operations';
import { townHallOnly } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  publies: 'Le chantier est publié : les habitant·es qui suivent ses conseils sont prévenu·es.',
  deviation: 'La nouvelle version de la déviation est publiée ; ses abonné·es sont prévenu·es.',
  reponse: 'La réponse est publiée sous le signalement ; son auteur ou autrice est prévenu·e.',
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const { worksProject } = await query(event, WorksPageDocument, { id: event.params.id });
  return {
    title: `${worksProject.title} — mairie`,
    works: worksProject,
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string) => redirect(303, `/mairie/travaux/${id}?fait=${done}`);

export const actions: Actions = {
  detour: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const values = {
      description: text(form, 'description'),
      reason: text(form, 'reason'),
      accessible: text(form, 'accessible'),
    };
    const missing = required(form, {
      description: 'la nouvelle déviation',
      reason: 'la raison du changement',
    });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      ChangeDetourDocument,
      {
        input: {
          worksId: event.params.id,
          description: values.description,
          reason: values.reason,
          accessible: values.accessible === 'oui',
        },
      },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    back(event.params.id, 'deviation');
  },
  answer: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const reportId = text(form, 'reportId');
    const field = `answer-${reportId}`;
    const answer = text(form, field);
    const values = { reportId, answer };
    if (!answer) return invalid([{ field, message: 'Écrivez la réponse.' }], values);
    const r = await call(AnswerDetourReportDocument, { input: { reportId, answer } }, as(event));
    if (!r.ok)
      return failWith({ ...r.error, fields: r.error.fields.map((f) => ({ ...f, field })) }, values);
    back(event.params.id, 'reponse');
  },
};
