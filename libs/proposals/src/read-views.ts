/**
 * What proposals lets the other libs read of its tables, as views (created by migrations; see
 * each view's migration).
 */
export const PROPOSALS_READ_VIEWS = ['accountability_proposal'] as const;

/**
 * `accountability_proposal` (migration AccountabilityViews): proposals that qualified or await
 * (or got) an official answer. A hidden proposal keeps its row, without its title: hiding it must
 * not hide what the town hall owes.
 */
export interface AccountabilityProposalRow {
  proposal_id: string;
  council_id: string;
  title: string | null;
  status: string;
  qualified_at: Date | null;
  decided_at: Date | null;
  answer_deadline: string | null;
  answered_at: Date | null;
}
