import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { ProposalCategory } from '$lib/gql/graphql';
import { CATEGORY } from '$lib/format';
import { call } from '$lib/server/api';
import { failWith, invalid, required, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  CouncilsDocument,
  PublishProposalDocument,
  SimilarProposalsDocument,
  SubmitProposalDocument,
} from '$lib/server/operations';

export const load: PageServerLoad = async (event) => {
  const me = await signedIn(event);
  const { councils } = await query(event, CouncilsDocument, {});
  const list = councils.edges.map((e) => e.node);
  return {
    title: 'Faire une proposition',
    councils: list,
    // The council of the author's neighbourhood first: the only one they may propose to.
    defaultCouncil:
      list.find((c) => c.neighbourhoodKey === me.residency?.neighbourhood)?.id ?? list[0]?.id ?? '',
    resident: Boolean(me.residency),
  };
};

export const actions: Actions = {
  // Saved as a draft: the proposal's page is its preview (Markdown rendered by the API), with a
  // button to publish. Before saving, proposals with a similar title are shown once.
  submit: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const values = {
      councilId: text(form, 'councilId'),
      category: text(form, 'category'),
      title: text(form, 'title'),
      body: text(form, 'body'),
    };
    const missing = required(form, {
      councilId: 'le conseil de quartier',
      title: 'le titre',
      body: 'le texte de la proposition',
    });
    if (missing.length) return invalid(missing, values);
    if (!form.get('similarSeen')) {
      const similar = await call(
        SimilarProposalsDocument,
        { title: values.title, councilId: values.councilId },
        as(event),
      );
      if (similar.ok && similar.data.similarProposals.length)
        return { similar: similar.data.similarProposals, values };
    }
    const category = (
      Object.prototype.hasOwnProperty.call(CATEGORY, values.category) ? values.category : 'OTHER'
    ) as ProposalCategory;
    const r = await call(
      SubmitProposalDocument,
      { input: { ...values, category, publish: false } },
      as(event),
    );
    if (!r.ok) return failWith(r.error, values);
    redirect(303, `/propositions/${r.data.submitProposal.id}?fait=brouillon`);
  },
  publish: async (event) => {
    await signedIn(event);
    const id = text(await event.request.formData(), 'id');
    const r = await call(PublishProposalDocument, { id }, as(event));
    if (!r.ok) redirect(303, `/propositions/${id}`);
    redirect(303, `/propositions/${id}?fait=publiee`);
  },
};
