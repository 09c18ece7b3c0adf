import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AnswerDetourReportDocument,
  ChangeDetourDocument,
  HideDetourReportDocument,
  UpdateWorksDocument,
  WorksCouncilsDocument,
  WorksPageDocument,
} from '$lib/server/operations';
import { hideReason } from '$lib/server/report-moderation';
import { townHallOnly } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  publies: 'Le chantier est publié : les habitant·es qui suivent ses conseils sont prévenu·es.',
  deviation: 'La nouvelle version de la déviation est publiée ; ses abonné·es sont prévenu·es.',
  reponse: 'La réponse est publiée sous le signalement ; son auteur ou autrice est prévenu·e.',
  modifies: 'Le chantier est corrigé.',
  masque: 'Le signalement est masqué : il n’apparaît plus sur les pages publiques.',
};

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const [{ worksProject }, { councils }] = await Promise.all([
    query(event, WorksPageDocument, { id: event.params.id }),
    query(event, WorksCouncilsDocument, {}),
  ]);
  return {
    title: `${worksProject.title} — mairie`,
    works: worksProject,
    councils: councils.edges.map((e) => e.node),
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string) => redirect(303, `/mairie/travaux/${id}?fait=${done}`);

export const actions: Actions = {
  edit: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const councilIds = form.getAll('councilIds').map(String);
    const values = {
      edit: 'oui',
      title: text(form, 'title'),
      description: text(form, 'works-description'),
      address: text(form, 'address'),
      geometry: text(form, 'geometry'),
      startsOn: text(form, 'startsOn'),
      endsOn: text(form, 'endsOn'),
      assessmentDueOn: text(form, 'assessmentDueOn'),
      councilIds: councilIds.join(','),
    };
    const missing = required(form, {
      title: 'le titre',
      'works-description': 'ce qui est fait',
      address: 'l’adresse',
      startsOn: 'le premier jour',
      endsOn: 'le dernier jour',
    });
    if (councilIds.length === 0)
      missing.push({ field: 'councilIds', message: 'Choisissez au moins un conseil.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      UpdateWorksDocument,
      {
        input: {
          id: event.params.id,
          title: values.title,
          description: values.description,
          address: values.address,
          geometry: values.geometry || null,
          startsOn: values.startsOn,
          endsOn: values.endsOn,
          assessmentDueOn: values.assessmentDueOn || null,
          councilIds,
        },
      },
      as(event),
    );
    if (!r.ok)
      return failWith(
        {
          ...r.error,
          fields: r.error.fields.map((f) =>
            f.field === 'description' ? { ...f, field: 'works-description' } : f,
          ),
        },
        values,
      );
    back(event.params.id, 'modifies');
  },
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
  hide: async (event) => {
    townHallOnly(event);
    const { reportId, field, reason, values, problem } = hideReason(await event.request.formData());
    if (problem) return invalid([problem], values);
    const r = await call(HideDetourReportDocument, { input: { reportId, reason } }, as(event));
    if (!r.ok)
      return failWith({ ...r.error, fields: r.error.fields.map((f) => ({ ...f, field })) }, values);
    back(event.params.id, 'masque');
  },
};
