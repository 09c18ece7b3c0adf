import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  CommentDocument,
  FollowProposalDocument,
  ProposalDocument,
  SupportDocument,
  UnfollowProposalDocument,
  WithdrawSupportDocument,
} from '$lib/server/operations';

const DONE: Record<string, string> = {
  soutien: 'Votre soutien est enregistré. Merci !',
  'deja-soutenue': 'Vous soutenez déjà cette proposition : rien n’a changé.',
  retrait: 'Votre soutien est retiré.',
  suivi: 'Vous suivez cette proposition : vous serez informé·e de ses étapes.',
  'plus-suivie': 'Vous ne suivez plus cette proposition.',
  commentaire: 'Votre commentaire est publié.',
  publiee: 'Votre proposition est publiée : les soutiens sont ouverts.',
  brouillon: 'Votre brouillon est enregistré. Relisez-le, puis publiez-le.',
};

export const load: PageServerLoad = async (event) => {
  const { proposal } = await query(event, ProposalDocument, { id: event.params.id });
  const comments = proposal.commentPage.edges.map((e) => e.node);
  return {
    title: proposal.title,
    proposal,
    isAuthor: event.locals.me?.id === proposal.authorId,
    // Only residents of the council's neighbourhood may support (the API says so too).
    neighbourhood: proposal.council.neighbourhoodKey,
    livesThere: event.locals.me?.residency?.neighbourhood === proposal.council.neighbourhoodKey,
    threads: comments
      .filter((c) => !c.parentId)
      .map((c) => ({ ...c, replies: comments.filter((r) => r.parentId === c.id) })),
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string) => redirect(303, `/propositions/${id}?fait=${done}`);

export const actions: Actions = {
  support: async (event) => {
    signedIn(event);
    const r = await call(SupportDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, r.data.supportProposal.alreadySupported ? 'deja-soutenue' : 'soutien');
  },
  withdraw: async (event) => {
    signedIn(event);
    const r = await call(WithdrawSupportDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'retrait');
  },
  follow: async (event) => {
    signedIn(event);
    const r = await call(FollowProposalDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'suivi');
  },
  unfollow: async (event) => {
    signedIn(event);
    const r = await call(UnfollowProposalDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'plus-suivie');
  },
  comment: async (event) => {
    signedIn(event);
    const form = await event.request.formData();
    const parentId = text(form, 'parentId') || undefined;
    const field = parentId ? `reply-${parentId}` : 'comment';
    const body = text(form, 'body');
    if (!body)
      return invalid([{ field, message: 'Écrivez votre commentaire.' }], {
        body,
        parentId: parentId ?? '',
      });
    const r = await call(
      CommentDocument,
      { input: { proposalId: event.params.id, body, parentId } },
      as(event),
    );
    if (!r.ok)
      return failWith(
        { ...r.error, fields: r.error.fields.map((f) => ({ ...f, field })) },
        { body, parentId: parentId ?? '' },
      );
    back(event.params.id, 'commentaire');
  },
};
