/**
 * What works lets the other libs read of its tables, as views (migration WorksPlacesOpenData):
 * the projects as the open data publishes them (libs/transparency's catalogue).
 */
export const WORKS_READ_VIEWS = ['open_data_works'] as const;

/** `open_data_works`: a project, its detour in force, its reports counted (no personal data). */
export interface OpenDataWorksRow {
  works_id: string;
  title: string;
  starts_on: string;
  ends_on: string;
  detour_version: number;
  detour_accessible: boolean | null;
  council_slugs: string;
  council_slug_set: string[];
  reports: number;
  answered_reports: number;
}
