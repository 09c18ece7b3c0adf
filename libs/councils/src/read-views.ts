/**
 * What councils lets the other libs read of its tables, as views (migration ReadViews). "In
 * office" (not ended, term started and not over, on the application's clock) is written there once.
 */
export const COUNCILS_READ_VIEWS = [
  'council_directory',
  'council_member_in_office',
  'council_audience',
  'open_data_council',
  'open_data_member',
  'council_card',
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

/**
 * `open_data_council` (migration OpenDataViews): a council and its charter in force, for the
 * open data.
 */
export interface OpenDataCouncilRow {
  council_id: string;
  council_slug: string;
  name: string;
  neighbourhood: string;
  perimeter_description: string;
  charter_version: number;
  support_threshold: number;
  support_window_days: number;
  response_deadline_days: number;
  convocation_notice_days: number;
  quorum: number | null;
  minutes_publication_days: number;
  term_years: number;
  resident_seats: number;
  association_seats: number;
  majority_seats: number;
  opposition_seats: number;
  created_at: Date;
  modified_at: Date;
}

/**
 * `open_data_member`: every membership, past ones too, as the public composition: the member's
 * public id (as the API shows it) and name, college, role, political group and term; never an
 * e-mail.
 */
export interface OpenDataMemberRow {
  membership_id: string;
  council_id: string;
  council_slug: string;
  account_id: string;
  display_name: string;
  college: string;
  role: string;
  political_group: string | null;
  term_start: string;
  term_end: string;
  ended_on: string | null;
  drawn_by_lot: boolean;
  modified_at: Date;
}

/**
 * `council_card` (migration CouncilCardView): a council as a list of other things shows it (a
 * proposal's card): `Council` without its charter, colleges and followers, which CouncilsResolver
 * reads when a query selects them. `neighbourhood` as the town wrote it, `neighbourhood_key` folded.
 */
export interface CouncilCardRow {
  council_id: string;
  slug: string;
  name: string;
  neighbourhood: string;
  neighbourhood_key: string;
  perimeter_description: string;
  perimeter_geojson: Record<string, unknown> | null;
  created_at: Date;
}
