import type { AssociationStatus } from '../association.entity';

/**
 * The town hall's decisions on an association: a proposal is approved (PARTNER) or declined; a
 * partnership can be suspended and resumed; a declined association can be approved later (it may
 * have changed). Nothing goes back to PENDING: that is only where a proposal starts.
 */
const NEXT: Record<AssociationStatus, readonly AssociationStatus[]> = {
  PENDING: ['PARTNER', 'DECLINED'],
  PARTNER: ['SUSPENDED'],
  SUSPENDED: ['PARTNER', 'DECLINED'],
  DECLINED: ['PARTNER'],
};

export const canMoveTo = (from: AssociationStatus, to: AssociationStatus): boolean =>
  NEXT[from].includes(to);

/** A decline or a suspension says why (the association is told); an approval needs no reason. */
export const needsReason = (to: AssociationStatus): boolean =>
  to === 'DECLINED' || to === 'SUSPENDED';

/** Only partners act as partners: entries, assessments, a seat in a college. */
export const actsAsPartner = (status: AssociationStatus): boolean => status === 'PARTNER';

/**
 * Who sees an association that is not a partner: the town hall and its own members. The public
 * sees partners only (a proposal is not an endorsement).
 */
export const visibleTo = (
  status: AssociationStatus,
  viewer: { agent: boolean; member: boolean },
): boolean => status === 'PARTNER' || viewer.agent || viewer.member;
