/**
 * What meetings lets the other libs read of its tables, as views (created by migrations, named
 * at each view): the open data's (migration OpenDataViews) and accountability's and the audit
 * anchors' (migration AccountabilityViews).
 */
export const MEETINGS_READ_VIEWS = [
  'open_data_meeting',
  'open_data_agenda_item',
  'open_data_ballot',
  'open_data_vote',
  'open_data_minutes',
  'audit_anchor_minutes',
  'accountability_minutes',
  'accountability_agenda_placement',
  'council_open_ballot',
] as const;

/**
 * `open_data_meeting`: a meeting that is not a draft. Held in a place of the register, its
 * accessibility is the register's now (migration OpenDataMeetingAccessibilityFromRegister).
 */
export interface OpenDataMeetingRow {
  meeting_id: string;
  council_id: string;
  council_slug: string;
  council_name: string;
  status: 'CONVENED' | 'OPEN' | 'CLOSED' | 'CANCELLED';
  starts_at: Date;
  place: string;
  accessible: boolean;
  accessibility_details: string | null;
  is_public: boolean;
  convened_at: Date | null;
  opened_at: Date | null;
  closed_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  members_in_office: number | null;
  quorum_required: number | null;
  /** Bumped by the database on every change a calendar shows (iCalendar SEQUENCE). */
  revision: number;
  modified_at: Date;
}

/** `open_data_agenda_item`: an item of a meeting of `open_data_meeting`. */
export interface OpenDataAgendaItemRow {
  agenda_item_id: string;
  meeting_id: string;
  council_id: string;
  council_slug: string;
  meeting_starts_at: Date;
  position: number;
  kind: string;
  title: string;
  description_markdown: string;
  proposal_id: string | null;
  minutes_id: string | null;
  modified_at: Date;
}

/** `open_data_ballot`: a closed ballot and its result, with its item. */
export interface OpenDataBallotRow {
  ballot_id: string;
  meeting_id: string;
  agenda_item_id: string;
  council_id: string;
  council_slug: string;
  council_name: string;
  meeting_starts_at: Date;
  agenda_position: number;
  agenda_kind: string;
  agenda_title: string;
  proposal_id: string | null;
  secret: boolean;
  opened_at: Date;
  closed_at: Date;
  members_in_office: number | null;
  present_count: number | null;
  quorum_required: number | null;
  quorum_held: boolean | null;
  for_count: number | null;
  against_count: number | null;
  abstain_count: number | null;
  adopted: boolean | null;
  modified_at: Date;
}

/** `open_data_vote`: one member's vote in a closed public ballot. */
export interface OpenDataVoteRow {
  ballot_id: string;
  meeting_id: string;
  council_id: string;
  council_slug: string;
  closed_at: Date;
  voter_id: string;
  voter_name: string;
  choice: 'FOR' | 'AGAINST' | 'ABSTAIN';
  by_proxy: boolean;
  modified_at: Date;
}

/** `open_data_minutes`: a published version of a meeting's minutes. */
export interface OpenDataMinutesRow {
  minutes_id: string;
  meeting_id: string;
  council_id: string;
  council_slug: string;
  meeting_starts_at: Date;
  version: number;
  previous_version_id: string | null;
  adopted_at: Date | null;
  published_at: Date;
  content_hash: string;
  document: string;
  modified_at: Date;
}

/**
 * `audit_anchor_minutes` (migration AccountabilityViews): the audit chain's link (id and hash)
 * each published minutes version recorded at its publication, which the audit chain must still
 * hold unchanged.
 */
export interface AuditAnchorMinutesRow {
  minutes_id: string;
  council_id: string;
  published_at: Date;
  audit_anchor_id: string;
  audit_anchor_hash: string;
}

/** `accountability_minutes`: minutes versions adopted by their council, published or not. */
export interface AccountabilityMinutesRow {
  minutes_id: string;
  meeting_id: string;
  council_id: string;
  version: number;
  meeting_starts_at: Date;
  adopted_at: Date;
  /** Adoption day + the charter's minutesPublicationDays. */
  publication_due: string | null;
  published_at: Date | null;
}

/** `accountability_agenda_placement`: when a proposal was first put on a meeting's agenda. */
export interface AccountabilityAgendaPlacementRow {
  proposal_id: string;
  placed_at: Date;
}

/**
 * `council_open_ballot` (migration CouncilOpenBallotView): the ballots open now, with their
 * council (a charter does not change while one is open).
 */
export interface CouncilOpenBallotRow {
  ballot_id: string;
  meeting_id: string;
  council_id: string;
}
