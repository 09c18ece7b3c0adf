import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { as, query } from '$lib/server/load';
import {
  AnswerProposalDocument,
  MarkImplementedDocument,
  ProposalToAnswerDocument,
} from '$lib/server/operations';
import type { OfficialAnswer } from '$lib/gql/graphql';
import { townHallOnly } from '$lib/server/town-hall';

const DONE: Record<string, string> = {
  repondu:
    'La réponse officielle est publiée : les habitant·es qui suivent la proposition sont prévenu·es.',
  realisee: 'La proposition est marquée comme réalisée.',
};
const ANSWERS: OfficialAnswer[] = ['ACCEPTED', 'PARTIALLY_ACCEPTED', 'DECLINED'];

export const load: PageServerLoad = async (event) => {
  townHallOnly(event);
  const { proposal } = await query(event, ProposalToAnswerDocument, { id: event.params.id });
  return {
    title: `Réponse officielle à «\u202f${proposal.title}\u202f»`,
    proposal,
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

/** The proposal as it stands now (null if it cannot be read), to tell a repeated post from a refusal. */
async function current(event: RequestEvent) {
  const r = await call(ProposalToAnswerDocument, { id: event.params.id }, as(event));
  return r.ok ? r.data.proposal : null;
}

const back = (id: string, done: string) => redirect(303, `/mairie/reponses/${id}?fait=${done}`);

export const actions: Actions = {
  answer: async (event) => {
    townHallOnly(event);
    const form = await event.request.formData();
    const answer = text(form, 'answer');
    const justification = text(form, 'justification');
    const values = { answer, justification };
    const missing = required(form, { justification: 'la justification' });
    if (!ANSWERS.includes(answer as OfficialAnswer))
      missing.unshift({ field: 'answer', message: 'Choisissez la réponse.' });
    if (missing.length) return invalid(missing, values);
    const r = await call(
      AnswerProposalDocument,
      {
        input: {
          proposalId: event.params.id,
          answer: answer as OfficialAnswer,
          justification,
        },
      },
      as(event),
    );
    if (!r.ok) {
      // A second tap (or a resent form) finds this very answer given by the first: success.
      const now = await current(event);
      if (now?.answer === answer && now.answerJustification?.trim() === justification)
        back(event.params.id, 'repondu');
      return failWith(r.error, values);
    }
    back(event.params.id, 'repondu');
  },
  implement: async (event) => {
    townHallOnly(event);
    const r = await call(MarkImplementedDocument, { id: event.params.id }, as(event));
    if (!r.ok) {
      if ((await current(event))?.status === 'IMPLEMENTED') back(event.params.id, 'realisee');
      return failWith(r.error, {});
    }
    back(event.params.id, 'realisee');
  },
};
