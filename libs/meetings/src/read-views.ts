/**
 * What meetings lets the other libs read of its tables, as views (created by migrations; see
 * each view's migration).
 */
export const MEETINGS_READ_VIEWS = [
  'audit_anchor_minutes',
  'accountability_minutes',
  'accountability_agenda_placement',
] as const;

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
