/**
 * What places lets the other libs read of its tables, as views (migrations Places and
 * WorksPlacesOpenData): meetings reads a meeting's place for its convocation, its page and its
 * open data and calendars; the open data (libs/transparency's catalogue) the register.
 */
export const PLACES_READ_VIEWS = ['place_accessibility', 'open_data_place'] as const;

/** `place_accessibility`: a place's name, address and accessibility as last checked. */
export interface PlaceAccessibilityRow {
  place_id: string;
  name: string;
  address: string;
  entrance: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  toilets: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  hearing_loop: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  parking: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  overall: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  checked_on: string | null;
  /** The place's last change (migration OpenDataMeetingAccessibilityFromRegister). */
  updated_at: Date;
}

/** `open_data_place`: the register as the open data publishes it, its reports counted. */
export interface OpenDataPlaceRow {
  place_id: string;
  name: string;
  council_slug: string | null;
  overall: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'UNKNOWN';
  checked_on: string | null;
  reports: number;
  answered_reports: number;
}
