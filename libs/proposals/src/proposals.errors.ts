import {
  DomainError,
  fieldError,
  LocalizedText,
  preconditionFailed,
  stateReasons,
  wrongState as refusedInState,
} from '@quorum/core';
import { notAResidentHere } from '@quorum/identity';
import { PROPOSAL_STATUSES, ProposalStatus } from './proposal.entity';

/** Every `extensions.reason` the proposals lib gives. */
export const PROPOSALS_ERROR_REASONS = [
  ...stateReasons('STATUS', PROPOSAL_STATUSES),
  'ALREADY_HIDDEN',
  'EDIT_WINDOW_CLOSED',
  'NOT_HIDDEN',
] as const;
export type ProposalsErrorReason = (typeof PROPOSALS_ERROR_REASONS)[number];

/** Where a proposal stands, said as a whole clause (« Impossible de la soutenir : … »). */
const STATUS_NOW_FR: Record<ProposalStatus, string> = {
  DRAFT: 'la proposition est un brouillon',
  PUBLISHED: 'la proposition est publiée',
  QUALIFIED: 'la proposition est retenue pour l’ordre du jour',
  ON_AGENDA: 'la proposition est inscrite à l’ordre du jour',
  ADOPTED: 'la proposition est adoptée',
  REJECTED: 'la proposition est rejetée',
  ANSWERED: 'la proposition a reçu sa réponse officielle',
  IMPLEMENTED: 'la proposition est réalisée',
  WITHDRAWN: 'la proposition est retirée',
  EXPIRED: 'la proposition est expirée',
  HIDDEN: 'la proposition est masquée',
};

/**
 * What is refused when a proposal is not where it should be, as the infinitive phrase of
 * « Impossible de … » / "Cannot …": `proposalWrongState(status, PROPOSAL_ACTIONS.publish)`.
 */
export const PROPOSAL_ACTIONS = {
  publish: { fr: 'la publier', en: 'publish it' },
  withdraw: { fr: 'la retirer', en: 'withdraw it' },
  decide: { fr: 'la décider', en: 'decide it' },
  placeOnAgenda: { fr: 'l’inscrire à l’ordre du jour', en: 'put it on an agenda' },
  takeOffAgenda: { fr: 'la retirer de l’ordre du jour', en: 'take it off an agenda' },
  answer: { fr: 'y répondre', en: 'answer it' },
  markImplemented: { fr: 'la marquer réalisée', en: 'mark it implemented' },
  support: { fr: 'la soutenir', en: 'support it' },
  withdrawSupport: { fr: 'retirer son soutien', en: 'withdraw a support' },
} as const satisfies Record<string, LocalizedText>;

/** An illegal step for where the proposal stands (SPEC §3), reason `STATUS_<status>`. */
export const proposalWrongState = (status: ProposalStatus, action: LocalizedText): DomainError =>
  refusedInState(`STATUS_${status}`, action, {
    fr: STATUS_NOW_FR[status],
    en: `the proposal is ${status.toLowerCase().replace(/_/g, ' ')}`,
  });

export const PROPOSAL_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Proposition introuvable.', en: 'Proposal not found.' });

export const COMMENT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Commentaire introuvable.', en: 'Comment not found.' });

export const NOT_A_RESIDENT_HERE = () =>
  notAResidentHere({
    fr: 'Seul·es les habitant·es vérifié·es du quartier de ce conseil peuvent soutenir ses propositions.',
    en: "Only verified residents of this council's neighbourhood can support its proposals.",
  });

export const RELEVANCE_NEEDS_SEARCH = () =>
  fieldError('orderBy', 'RELEVANCE demande une recherche', 'RELEVANCE needs a search');

export const INVALID_CURSOR = () =>
  fieldError('after', 'curseur invalide pour cet ordre', 'invalid cursor for this order');

/** A comment on a proposal not open to discussion, reason `STATUS_<status>`. */
export const notDiscussable = (status: ProposalStatus) =>
  preconditionFailed(`STATUS_${status}`, {
    fr: 'Cette proposition ne peut plus être commentée.',
    en: 'This proposal can no longer be commented on.',
  });

export const REPLY_TO_A_REPLY = () =>
  fieldError(
    'input.parentId',
    'on ne répond qu’à un commentaire principal',
    'replies go to a top-level comment',
  );

export const NOT_YOUR_COMMENT = () =>
  new DomainError('FORBIDDEN', {
    fr: 'Ce commentaire n’est pas le vôtre.',
    en: 'This comment is not yours.',
  });

export const EDIT_WINDOW_CLOSED = () =>
  preconditionFailed('EDIT_WINDOW_CLOSED', {
    fr: 'Un commentaire se modifie dans les 15 minutes qui suivent, et s’il n’est pas masqué.',
    en: 'A comment can be edited within 15 minutes, unless hidden.',
  });

export const ALREADY_REPORTED = () =>
  new DomainError('CONFLICT', {
    fr: 'Vous avez déjà signalé ce contenu.',
    en: 'You already reported this.',
  });

export const ALREADY_HIDDEN = () =>
  preconditionFailed('ALREADY_HIDDEN', {
    fr: 'Ce contenu est déjà masqué.',
    en: 'This content is already hidden.',
  });

export const NOT_HIDDEN = () =>
  preconditionFailed('NOT_HIDDEN', {
    fr: 'Ce contenu n’est pas masqué.',
    en: 'This content is not hidden.',
  });
