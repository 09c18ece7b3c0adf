import { stateReasons } from '@quorum/core';
import { PROPOSAL_STATUSES } from './proposal.entity';

/** Every `extensions.reason` the proposals lib gives. */
export const PROPOSALS_ERROR_REASONS = [
  ...stateReasons('STATUS', PROPOSAL_STATUSES),
  'EDIT_WINDOW_CLOSED',
] as const;
export type ProposalsErrorReason = (typeof PROPOSALS_ERROR_REASONS)[number];
