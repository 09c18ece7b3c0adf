import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { call } from '$lib/server/api';
import { failWith, invalid, text } from '$lib/server/forms';
import { signedIn } from '$lib/server/guard';
import { as, query } from '$lib/server/load';
import {
  CommentDocument,
  EditCommentDocument,
  FollowProposalDocument,
  ProposalCommentsDocument,
  ProposalDocument,
  ReportContentDocument,
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
  modifie: 'Votre commentaire est modifié.',
  signalement: 'Merci : votre signalement est transmis à la modération.',
  publiee: 'Votre proposition est publiée : les soutiens sont ouverts.',
  brouillon: 'Votre brouillon est enregistré. Relisez-le, puis publiez-le.',
};

/** A comment may be edited by its author for 15 minutes (the API checks it too). */
const EDIT_WINDOW_MS = 15 * 60 * 1000;
const COMMENTS_AFTER = 'commentaires-apres';

export const load: PageServerLoad = async (event) => {
  const after = event.url.searchParams.get(COMMENTS_AFTER) || undefined;
  const [{ proposal }, page, viewer] = await Promise.all([
    query(event, ProposalDocument, { id: event.params.id }),
    query(event, ProposalCommentsDocument, { id: event.params.id, after }),
    event.locals.me(),
  ]);
  const connection = page.proposal.commentPage;
  const me = viewer?.id;
  const now = Date.now();
  const comments = connection.edges.map(({ node }) => ({
    ...node,
    mine: Boolean(me) && node.authorId === me,
    editable:
      Boolean(me) &&
      node.authorId === me &&
      !node.hiddenReason &&
      now - Date.parse(node.createdAt) <= EDIT_WINDOW_MS,
  }));
  const onThisPage = new Set(comments.map((c) => c.id));
  const next = new URLSearchParams();
  if (connection.pageInfo.endCursor) next.set(COMMENTS_AFTER, connection.pageInfo.endCursor);
  return {
    commentCount: connection.totalCount,
    // Which comment's edit form is open (a link, so that it works without JavaScript).
    editing: event.url.searchParams.get('modifier'),
    // Oldest first, a page at a time: a reply whose comment is on an earlier page opens a thread.
    commentsNext: connection.pageInfo.hasNextPage ? `?${next}#commentaires` : null,
    commentsFirst: after ? '?#commentaires' : null,
    title: proposal.title,
    proposal,
    isAuthor: viewer?.id === proposal.authorId,
    // Only residents of the council's neighbourhood may support (the API says so too).
    neighbourhood: proposal.council.neighbourhoodKey,
    livesThere: viewer?.residency?.neighbourhood === proposal.council.neighbourhoodKey,
    threads: comments
      .filter((c) => !c.parentId || !onThisPage.has(c.parentId))
      .map((c) => ({ ...c, replies: comments.filter((r) => r.parentId === c.id) })),
    done: DONE[event.url.searchParams.get('fait') ?? ''] ?? null,
  };
};

const back = (id: string, done: string) => redirect(303, `/propositions/${id}?fait=${done}`);

export const actions: Actions = {
  support: async (event) => {
    await signedIn(event);
    const r = await call(SupportDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, r.data.supportProposal.alreadySupported ? 'deja-soutenue' : 'soutien');
  },
  withdraw: async (event) => {
    await signedIn(event);
    const r = await call(WithdrawSupportDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'retrait');
  },
  follow: async (event) => {
    await signedIn(event);
    const r = await call(FollowProposalDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'suivi');
  },
  unfollow: async (event) => {
    await signedIn(event);
    const r = await call(UnfollowProposalDocument, { id: event.params.id }, as(event));
    if (!r.ok) return failWith(r.error, {});
    back(event.params.id, 'plus-suivie');
  },
  comment: async (event) => {
    await signedIn(event);
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
  edit: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const commentId = text(form, 'commentId');
    const body = text(form, 'body');
    const field = `edit-${commentId}`;
    if (!body)
      return invalid([{ field, message: 'Écrivez votre commentaire.' }], { editBody: body });
    const r = await call(EditCommentDocument, { input: { commentId, body } }, as(event));
    if (!r.ok)
      return failWith(
        { ...r.error, fields: r.error.fields.map((f) => ({ ...f, field })) },
        { body },
      );
    back(event.params.id, 'modifie');
  },
  report: async (event) => {
    await signedIn(event);
    const form = await event.request.formData();
    const targetId = text(form, 'targetId');
    const targetType = text(form, 'targetType') === 'COMMENT' ? 'COMMENT' : 'PROPOSAL';
    const reason = text(form, 'reason');
    const field = `report-${targetId}`;
    if (reason.length < 3)
      return invalid([{ field, message: 'Dites en quelques mots ce qui pose problème.' }], {
        reason,
      });
    const r = await call(
      ReportContentDocument,
      { input: { targetId, targetType, reason } },
      as(event),
    );
    if (!r.ok)
      return failWith(
        { ...r.error, fields: r.error.fields.map((f) => ({ ...f, field })) },
        { reason },
      );
    back(event.params.id, 'signalement');
  },
};
