import { ProposalStatus } from '../proposal.entity';

/** A comment is editable by its author for this long after writing it. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;

const DISCUSSABLE: readonly ProposalStatus[] = [
  'PUBLISHED',
  'QUALIFIED',
  'ON_AGENDA',
  'ADOPTED',
  'REJECTED',
  'ANSWERED',
  'IMPLEMENTED',
];

/** A proposal is commented on from its publication on, unless withdrawn, expired or hidden. */
export const discussable = (visible: ProposalStatus): boolean => DISCUSSABLE.includes(visible);

/** Threads have one level: a reply goes to a top-level comment, never to a reply. */
export const mayReplyTo = (parent: { parentId: string | null }): boolean =>
  parent.parentId === null;

/** Within 15 minutes of writing it (inclusive), and while moderation does not hide it. */
export const commentEditable = (createdAt: Date, hidden: boolean, now: Date): boolean =>
  !hidden && now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MS;

/** Enough unreviewed reports hide an item until an agent reviews it. */
export const reportsHide = (openReports: number, threshold: number): boolean =>
  openReports >= threshold;
