import { escapeHtml, renderMarkdown, TOWN_TIME_ZONE } from '@quorum/core';
import { Feed } from 'feed';
import type {
  FeedCouncilRow,
  FeedMinutesRow,
  ProposalStep,
  ProposalStepRow,
} from './feeds.repository';

/**
 * Atom feeds of a council (SPEC §6): its published minutes, and its proposals' public steps.
 * The `feed` library marks titles, summaries and contents `type="html"`: readers render them as
 * HTML, so what people wrote goes in escaped (plain text) or rendered and sanitized (Markdown).
 */

const frenchDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TOWN_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function newFeed(
  council: FeedCouncilRow,
  publicUrl: string,
  what: 'minutes' | 'proposals',
  title: string,
  updated: Date,
): Feed {
  const self = `${publicUrl}/councils/${council.council_slug}/${what}.atom`;
  return new Feed({
    id: self,
    title,
    link: publicUrl,
    language: 'fr',
    updated,
    copyright: 'Licence Ouverte 2.0 (etalab-2.0)',
    generator: 'Quorum',
    feedLinks: { atom: self },
  });
}

/** One entry per published version of minutes, with the SHA-256 of its document. */
export function minutesFeed(
  council: FeedCouncilRow,
  rows: FeedMinutesRow[],
  publicUrl: string,
): string {
  const feed = newFeed(
    council,
    publicUrl,
    'minutes',
    `Comptes rendus du conseil de quartier ${council.name}`,
    rows[0]?.published_at ?? new Date(0),
  );
  for (const n of rows) {
    const day = frenchDay.format(n.meeting_starts_at);
    feed.addItem({
      id: `urn:uuid:${n.minutes_id}`,
      title: escapeHtml(
        `Compte rendu de la séance du ${day}${n.version > 1 ? ` (version ${n.version})` : ''}`,
      ),
      link: `${publicUrl}/seances/${n.meeting_id}`,
      date: n.published_at,
      published: n.published_at,
      description: escapeHtml(
        `Version ${n.version}, publiée ; empreinte SHA-256 du document : ${n.content_hash}`,
      ),
      // The document is Markdown with what the secretary and the opposition wrote: as documentHtml.
      content: renderMarkdown(n.document),
    });
  }
  return feed.atom1();
}

const STEP_TITLES: Record<ProposalStep, string> = {
  PUBLISHED: 'publiée',
  QUALIFIED: 'qualifiée (seuil de soutiens atteint)',
  DECIDED: 'avis du conseil rendu',
  ANSWERED: 'réponse de la mairie',
  IMPLEMENTED: 'réalisée',
  WITHDRAWN: 'retirée par son auteur',
  HIDDEN: 'masquée par la modération',
};

const ANSWERS: Record<string, string> = {
  ACCEPTED: 'acceptée',
  PARTIALLY_ACCEPTED: 'acceptée en partie',
  DECLINED: 'refusée',
};

function stepText(s: ProposalStepRow): string {
  if (s.step === 'ANSWERED' && s.answer)
    return `Réponse de la mairie : ${ANSWERS[s.answer] ?? s.answer}.${s.answer_justification ? ` ${s.answer_justification}` : ''}`;
  if (s.step === 'HIDDEN') return `Motif public : ${s.hidden_reason ?? 'non précisé'}.`;
  return `Proposée par ${s.author_name} ; ${s.support_count} soutien${s.support_count > 1 ? 's' : ''}.`;
}

/** One entry per step of a proposal that the public follows, newest first. */
export function proposalsFeed(
  council: FeedCouncilRow,
  rows: ProposalStepRow[],
  publicUrl: string,
): string {
  const host = new URL(publicUrl).host;
  const feed = newFeed(
    council,
    publicUrl,
    'proposals',
    `Propositions du conseil de quartier ${council.name}`,
    rows[0]?.at ?? new Date(0),
  );
  for (const s of rows) {
    feed.addItem({
      id: `tag:${host},2026:proposal/${s.proposal_id}/${s.step.toLowerCase()}`,
      title: escapeHtml(`${s.title} — ${STEP_TITLES[s.step]}`),
      link: `${publicUrl}/propositions/${s.proposal_id}`,
      date: s.at,
      description: escapeHtml(stepText(s)),
    });
  }
  return feed.atom1();
}
