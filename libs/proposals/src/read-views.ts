/**
 * What proposals lets the other libs read of its tables, as views (migration OpenDataViews):
 * the open data's proposals, published ones only. A hidden proposal shows its title, author and
 * public moderation reason, never its body; a draft does not show at all.
 */
export const PROPOSALS_READ_VIEWS = ['open_data_proposal'] as const;

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
