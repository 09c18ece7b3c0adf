import { ProposalStatus } from '../proposal.entity';

/** What can happen to a proposal (SPEC §3), each a step from one status to another. */
export const PROPOSAL_EVENTS = [
  'PUBLISH',
  'QUALIFY',
  'PLACE_ON_AGENDA',
  'TAKE_OFF_AGENDA',
  'ADOPT',
  'REJECT',
  'ANSWER',
  'IMPLEMENT',
  'WITHDRAW',
  'EXPIRE',
] as const;
export type ProposalEvent = (typeof PROPOSAL_EVENTS)[number];

/** The reason of a refusal names the status the proposal stands in. */
export type StatusReason = `STATUS_${ProposalStatus}`;

export type Step = { allowed: true; to: ProposalStatus } | { allowed: false; reason: StatusReason };

/**
 * DRAFT → PUBLISHED → QUALIFIED → ON_AGENDA → ADOPTED | REJECTED, ADOPTED → ANSWERED →
 * IMPLEMENTED; WITHDRAWN by the author before ON_AGENDA; EXPIRED when the window closes unqualified.
 * A meeting cancelled or closed before deciding takes a proposal back to QUALIFIED. HIDDEN is
 * moderation's mask over any status: nothing happens to what residents see as hidden.
 */
const STEPS: Record<ProposalEvent, Partial<Record<ProposalStatus, ProposalStatus>>> = {
  PUBLISH: { DRAFT: 'PUBLISHED' },
  QUALIFY: { PUBLISHED: 'QUALIFIED' },
  PLACE_ON_AGENDA: { QUALIFIED: 'ON_AGENDA' },
  TAKE_OFF_AGENDA: { ON_AGENDA: 'QUALIFIED' },
  ADOPT: { ON_AGENDA: 'ADOPTED' },
  REJECT: { ON_AGENDA: 'REJECTED' },
  ANSWER: { ADOPTED: 'ANSWERED' },
  IMPLEMENT: { ANSWERED: 'IMPLEMENTED' },
  WITHDRAW: { DRAFT: 'WITHDRAWN', PUBLISHED: 'WITHDRAWN', QUALIFIED: 'WITHDRAWN' },
  EXPIRE: { PUBLISHED: 'EXPIRED' },
};

/** Statuses no event leaves. */
export const FINAL_STATUSES: readonly ProposalStatus[] = [
  'REJECTED',
  'IMPLEMENTED',
  'WITHDRAWN',
  'EXPIRED',
];

/** Where an event takes a proposal from `current`, or why it is refused there. */
export function nextStatus(current: ProposalStatus, event: ProposalEvent): Step {
  const to = STEPS[event][current];
  return to ? { allowed: true, to } : { allowed: false, reason: `STATUS_${current}` };
}

/**
 * A published proposal is expired from the instant its support window closes, before the task
 * writes it. (Whether it closed is read from the database, which holds both instants to the
 * microsecond; a JavaScript Date would round them.)
 */
export const currentStatus = (stored: ProposalStatus, windowClosed: boolean): ProposalStatus =>
  stored === 'PUBLISHED' && windowClosed ? 'EXPIRED' : stored;

/** What residents face: HIDDEN while moderation hides it, whatever its status. */
export const visibleStatus = (status: ProposalStatus, hidden: boolean): ProposalStatus =>
  hidden ? 'HIDDEN' : status;

/**
 * A draft exists only for its author: to anyone else (agents too) there is no such proposal, so
 * an operation on it says NOT_FOUND, never STATUS_DRAFT (which would tell the draft is there).
 */
export const draftOfSomeoneElse = (
  status: ProposalStatus,
  authorId: string,
  callerId: string | undefined,
): boolean => status === 'DRAFT' && authorId !== callerId;

/** A declined answer is not carried out; an accepted one, even in part, can be. */
export const implementable = (answer: string | null): boolean => answer !== 'DECLINED';
