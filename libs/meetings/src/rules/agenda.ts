import type { AgendaItemKind } from '../agenda/agenda-item.entity';
import type { MeetingStatus } from '../meeting.entity';
import { isFinal } from './lifecycle';

/**
 * The agenda (SPEC §4): qualified proposals placed by the server, town-hall items and questions
 * set by the chair, the co-chair or the town hall before the convocation, and the opposition's
 * reserved items, which only opposition councillors fill (within the charter's quota) and only
 * their author removes. The order is the chair's.
 */

/** An office held in the council, as the agenda rules read it. */
export interface Office {
  role: string;
  college: string;
}

/** The chair, the co-chair and the town hall (agents, admins) set the agenda. */
export const setsAgenda = (actorRole: string, offices: readonly Office[]): boolean =>
  actorRole === 'AGENT' ||
  actorRole === 'ADMIN' ||
  offices.some((o) => o.role === 'CHAIR' || o.role === 'CO_CHAIR');

/** Only an opposition councillor adds an opposition item: the quota cannot be taken by others. */
export const addsOppositionItems = (offices: readonly Office[]): boolean =>
  offices.some((o) => o.college === 'ELECTED_OPPOSITION');

/** Whether the opposition's quota is used up: only opposition items count towards it. */
export const oppositionQuotaReached = (kinds: readonly AgendaItemKind[], quota: number): boolean =>
  kinds.filter((kind) => kind === 'OPPOSITION').length >= quota;

/**
 * Opposition items can be added or withdrawn before the convocation, then while the notice still
 * holds (so that members hear of them in time).
 */
export const oppositionMayChange = (status: MeetingStatus, noticeStillHolds: boolean): boolean =>
  status === 'DRAFT' || (status === 'CONVENED' && noticeStillHolds);

/** Other items change only before the convocation: the convocation carries the agenda. */
export const agendaOpen = (status: MeetingStatus): boolean => status === 'DRAFT';

/** The order can change until the meeting is over. */
export const mayReorder = (status: MeetingStatus): boolean => !isFinal(status);

/** Who may take an item off the agenda, by its kind. */
export type Removal = 'AUTHOR_ONLY' | 'NEVER' | 'AGENDA_SETTERS';
export const removalBy = (kind: AgendaItemKind): Removal =>
  kind === 'OPPOSITION'
    ? 'AUTHOR_ONLY'
    : kind === 'QUALIFIED_PROPOSAL'
      ? 'NEVER'
      : 'AGENDA_SETTERS';

/** A new order names every item of the agenda, each once, and nothing else. */
export function isCompleteOrder(current: readonly string[], order: readonly string[]): boolean {
  const known = new Set(current);
  return (
    order.length === known.size &&
    new Set(order).size === order.length &&
    order.every((id) => known.has(id))
  );
}

/** A meeting of the council, as far as placing a qualified proposal on it goes. */
export interface PlacementCandidate {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
}

/**
 * Whether a meeting can take a qualified proposal: not convened yet (its agenda is still open:
 * a draft) and still to come. Convened, open, closed, cancelled and past meetings never can.
 */
export const takesPlacement = (meeting: PlacementCandidate, now: Date): boolean =>
  agendaOpen(meeting.status) && meeting.startsAt.getTime() > now.getTime();

/** The meetings that can take a qualified proposal, the next first (the same time: by id). */
export function placementOrder<M extends PlacementCandidate>(
  candidates: readonly M[],
  now: Date,
): M[] {
  return candidates
    .filter((meeting) => takesPlacement(meeting, now))
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Where a qualified proposal goes (SPEC §3): on the next meeting of its council that is not yet
 * convened; null when there is none, and the proposal waits for the next one scheduled.
 */
export const placementMeeting = <M extends PlacementCandidate>(
  candidates: readonly M[],
  now: Date,
): M | null => placementOrder(candidates, now)[0] ?? null;

/** A ballot on an agenda item, as far as deciding it goes. */
export interface BallotOutcome {
  status: 'OPEN' | 'CLOSED';
  quorumHeld: boolean | null;
}

/**
 * Whether the meeting decided a proposal on its agenda: a ballot on it closed with the quorum
 * held. Otherwise (no ballot, or no quorum) the proposal waits for the next meeting.
 */
export const proposalDecided = (ballots: readonly BallotOutcome[]): boolean =>
  ballots.some((b) => b.status === 'CLOSED' && b.quorumHeld === true);
