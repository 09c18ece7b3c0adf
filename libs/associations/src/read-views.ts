/**
 * What associations lets the other libs read of its tables, as views (migration
 * SolidarityEntries): the published solidarity entries, for the open data.
 */
export const ASSOCIATIONS_READ_VIEWS = ['open_data_solidarity_service'] as const;

/** `open_data_solidarity_service`: published entries, as the open data publishes them. */
export interface OpenDataSolidarityServiceRow {
  entry_id: string;
  title: string;
  run_by: string;
  council_slug: string | null;
  last_checked_on: string;
  stale: boolean;
}
