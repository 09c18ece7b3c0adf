/**
 * What places lets the other libs read of its tables, as views (migration Places): meetings
 * reads a meeting's place for its convocation.
 */
export const PLACES_READ_VIEWS = ['place_accessibility'] as const;

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
}
