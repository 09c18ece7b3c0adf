/**
 * What proposals lets the other libs read of its tables, as views (created by migrations, named
 * at each view): the open data's (migration OpenDataViews) and accountability's (migration
 * AccountabilityViews).
 */
export const PROPOSALS_READ_VIEWS = ['open_data_proposal', 'accountability_proposal'] as const;

/** `open_data_proposal`: one row per published proposal (dates as timestamptz, days as date). */
export interface OpenDataProposalRow {
  proposal_id: string;
  council_id: string;
  council_slug: string;
  title: string;
  author_name: string;
  category: string;
  address: string | null;
  /** HIDDEN while moderation hides it, else its status. */
  status: string;
  support_count: number;
  support_threshold: number | null;
  published_at: Date;
  expires_at: Date | null;
  qualified_at: Date | null;
  decided_at: Date | null;
  answer_deadline: string | null;
  answer: string | null;
  answer_justification: string | null;
  answered_at: Date | null;
  implemented_at: Date | null;
  withdrawn_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  /** The latest of its dates: what Last-Modified is computed from. */
  modified_at: Date;
}

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
