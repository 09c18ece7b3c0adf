/**
 * What councils lets the other libs read of its tables, as views (migration ReadViews). "In
 * office" (not ended, term started and not over, on the application's clock) is written there once.
 */
export const COUNCILS_READ_VIEWS = [
  'council_directory',
  'council_member_in_office',
  'council_audience',
] as const;

/** `council_directory`: a council's names. */
export interface CouncilDirectoryRow {
  council_id: string;
  slug: string;
  name: string;
  neighbourhood: string;
}

/** `council_member_in_office`: memberships in office today. */
export interface CouncilMemberInOfficeRow {
  membership_id: string;
  council_id: string;
  account_id: string;
  college: string;
  role: string;
  political_group: string | null;
  term_start: string;
  term_end: string;
  drawn_by_lot: boolean;
}

/** `council_audience`: who hears of a council's news, its members in office and its followers. */
export interface CouncilAudienceRow {
  council_id: string;
  account_id: string;
  relation: 'MEMBER' | 'FOLLOWER';
}
