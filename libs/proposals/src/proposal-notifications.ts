import { Injectable } from '@nestjs/common';
import { audiences, notice, NotifiesOn } from '@quorum/notifications';
import { CommentEventPayload, DeadlinePayload, ProposalEventPayload } from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import { PROPOSAL_AUDIENCES, ProposalNoticeRepository } from './proposal-notifications.repository';

const {
  council: COUNCIL,
  author: AUTHOR,
  supporters: SUPPORTERS,
  chairs: CHAIRS,
} = PROPOSAL_AUDIENCES;
const FOLLOWERS = PROPOSAL_AUDIENCES.followers;
const union = (...parts: string[]) => parts.join(' UNION ALL ');

/** Stateless: the sources below are classes built when this file loads, before any injection. */
const noticeRows = new ProposalNoticeRepository();

async function proposalFacts(em: EntityManager, { proposalId: id }: ProposalEventPayload) {
  const p = await noticeRows.proposalFacts(em, id);
  return p ? { ...p, path: `/propositions/${id}` } : null;
}

const ANSWER_FR: Record<string, string> = {
  ACCEPTED: 'acceptée',
  PARTIALLY_ACCEPTED: 'acceptée en partie',
  DECLINED: 'refusée',
};

/** A source about a proposal: an audience (with `$1` the proposal) and what to say. */
const proposalNotice = (
  audience: string,
  say: (p: NonNullable<Awaited<ReturnType<typeof proposalFacts>>>) => {
    title: string;
    body: string;
  },
) =>
  notice(
    (payload: ProposalEventPayload) => ({ sql: audience, params: [payload.proposalId] }),
    proposalFacts,
    (facts) => ({ ...say(facts), path: facts.path }),
  );

@Injectable()
@NotifiesOn('proposal.published')
export class ProposalPublishedNotice extends proposalNotice(audiences.followers(COUNCIL), (p) => ({
  title: `Nouvelle proposition : ${p.title}`,
  body: `Une nouvelle proposition a été publiée au ${p.council} : « ${p.title} ». Vous pouvez la soutenir si vous habitez le quartier.`,
})) {}

@Injectable()
@NotifiesOn('proposal.qualified')
export class ProposalQualifiedNotice extends proposalNotice(
  union(AUTHOR, CHAIRS, SUPPORTERS, FOLLOWERS),
  (p) => ({
    title: `Proposition retenue pour l'ordre du jour : ${p.title}`,
    body: `« ${p.title} » a réuni assez de soutiens : elle sera inscrite à l'ordre du jour de la prochaine séance du ${p.council}.`,
  }),
) {}

@Injectable()
@NotifiesOn('proposal.placed-on-agenda')
export class ProposalPlacedNotice extends proposalNotice(
  union(AUTHOR, SUPPORTERS, FOLLOWERS),
  (p) => ({
    title: `Proposition inscrite à l'ordre du jour : ${p.title}`,
    body: `« ${p.title} » est inscrite à l'ordre du jour d'une séance du ${p.council}.`,
  }),
) {}

@Injectable()
@NotifiesOn('proposal.decided')
export class ProposalDecidedNotice extends proposalNotice(
  union(AUTHOR, SUPPORTERS, FOLLOWERS, audiences.followers(COUNCIL)),
  (p) => ({
    title: `Proposition ${p.status === 'REJECTED' ? 'rejetée' : 'adoptée'} : ${p.title}`,
    body:
      p.status === 'REJECTED'
        ? `La proposition « ${p.title} » est rejetée en séance (${p.council}).`
        : `La proposition « ${p.title} » est adoptée en séance (${p.council}). La mairie doit y répondre avant le ${p.answer_deadline}.`,
  }),
) {}

@Injectable()
@NotifiesOn('proposal.answered')
export class ProposalAnsweredNotice extends proposalNotice(
  union(AUTHOR, SUPPORTERS, FOLLOWERS, audiences.followers(COUNCIL)),
  (p) => ({
    title: `Réponse officielle : ${p.title}`,
    body: `La mairie a répondu à « ${p.title} » : proposition ${ANSWER_FR[p.answer ?? ''] ?? 'traitée'}.`,
  }),
) {}

const STAGE_FR: Record<DeadlinePayload['stage'], string> = {
  DUE_IN_7_DAYS: 'à donner dans 7 jours',
  DUE_TOMORROW: 'à donner demain',
  OVERDUE: 'en retard',
};

/** To agents: an adopted proposal's answer is due in 7 days, tomorrow, or late. */
@Injectable()
@NotifiesOn('proposal.answer-due')
export class AnswerDueNotice extends notice(
  () => ({ sql: audiences.agents(), params: [] }),
  (em, p: DeadlinePayload & ProposalEventPayload) => proposalFacts(em, p),
  (facts, p) => ({
    title: `Réponse officielle ${STAGE_FR[p.stage]} : ${facts.title}`,
    body: `Proposition adoptée en séance (${facts.council}) ; date limite de réponse : ${facts.answer_deadline}.`,
    path: facts.path,
  }),
) {}

/** The author of a comment hears of a reply to it (not of their own replies, nor of hidden ones). */
@Injectable()
@NotifiesOn('comment.replied')
export class CommentRepliedNotice extends notice(
  (p: CommentEventPayload) => ({ sql: PROPOSAL_AUDIENCES.repliedTo, params: [p.commentId] }),
  async (em, p: CommentEventPayload) => {
    const c = await noticeRows.replyFacts(em, p.commentId);
    return c && !c.hidden ? c : null;
  },
  (c, p) => ({
    title: `Réponse à votre commentaire : ${c.title}`,
    body: `${c.author} a répondu à votre commentaire sur « ${c.title} ».`,
    path: `/propositions/${c.proposal_id}#commentaire-${p.commentId}`,
  }),
) {}

export const PROPOSAL_NOTICES = [
  ProposalPublishedNotice,
  ProposalQualifiedNotice,
  ProposalPlacedNotice,
  ProposalDecidedNotice,
  ProposalAnsweredNotice,
  AnswerDueNotice,
  CommentRepliedNotice,
];
