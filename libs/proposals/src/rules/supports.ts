import { ProposalStatus } from '../proposal.entity';

/** A proposal qualifies for the agenda when its supports reach the threshold of its charter. */
export const qualifies = (supportCount: number, threshold: number | null): boolean =>
  threshold !== null && supportCount >= threshold;

/** Residents support a proposal they see published or qualified (more supports still count). */
export const supportable = (visible: ProposalStatus): boolean =>
  visible === 'PUBLISHED' || visible === 'QUALIFIED';

/** A support is withdrawn while the proposal is PUBLISHED only: a qualification is not undone. */
export const supportWithdrawable = (visible: ProposalStatus): boolean => visible === 'PUBLISHED';

/**
 * Only a verified resident of the council's neighbourhood supports its proposals: their residency
 * is the neighbourhood where it was verified (null: not verified).
 */
export const supportsHere = (
  residencyNeighbourhood: string | null,
  councilNeighbourhood: string,
): boolean => residencyNeighbourhood !== null && residencyNeighbourhood === councilNeighbourhood;
