import { calendarDay } from '@quorum/core';

/**
 * A closed ballot of a neighbourhood council in the field names of the SCDL "Délibérations"
 * schema (Socle Commun des Données Locales, version 2.1), so the town's open-data portal can
 * publish the file next to the municipal council's deliberations, unchanged. A neighbourhood
 * council gives an opinion (un avis), it does not deliberate: each row is the council's avis on
 * one agenda item, and DELIB_OBJET says so. What each field holds here is in the README
 * ("Transparency") and in the file's Table Schema (SCDL_SCHEMA_FIELDS).
 */

/** The ballot as the `ballots` export writes it (see DATASETS.ballots). */
export interface BallotExport {
  ballot_id: string;
  meeting_id: string;
  council_slug: string;
  council_name: string;
  meeting_starts_at: string;
  agenda_position: number;
  agenda_title: string;
  secret: boolean;
  closed_at: string;
  members_in_office: number | null;
  present_count: number | null;
  quorum_held: boolean | null;
  for_count: number | null;
  against_count: number | null;
  abstain_count: number | null;
  adopted: boolean | null;
}

export interface ScdlContext {
  collNom: string;
  collSiret: string;
  publicUrl: string;
  timeZone: string;
}

/** The SCDL columns, in the schema's order. */
export const SCDL_FIELDS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;
export type ScdlRow = Record<(typeof SCDL_FIELDS)[number], string | number | null>;

/**
 * The ACTES nomenclature's matter for an avis of a neighbourhood council: 9.4 "Vœux et motions",
 * the matter of an opinion an assembly gives without deciding.
 */
export const SCDL_MATTER = { code: '9.4', name: 'Voeux et motions' } as const;

function outcome(b: BallotExport): string {
  if (b.quorum_held === false) return 'quorum non atteint, pas d’avis';
  return b.adopted ? 'avis favorable adopté' : 'avis non adopté';
}

export function scdlRow(b: BallotExport, context: ScdlContext): ScdlRow {
  const meetingDay = calendarDay(new Date(b.meeting_starts_at), context.timeZone);
  return {
    COLL_NOM: context.collNom,
    COLL_SIRET: context.collSiret,
    // Stable and unique in the town: the council, its meeting (day and id) and the item's rank.
    DELIB_ID: `CQ-${b.council_slug}-${meetingDay.replace(/-/g, '')}-${b.meeting_id.slice(0, 8)}-${b.agenda_position}`,
    DELIB_DATE: calendarDay(new Date(b.closed_at), context.timeZone),
    DELIB_MATIERE_CODE: SCDL_MATTER.code,
    DELIB_MATIERE_NOM: SCDL_MATTER.name,
    DELIB_OBJET: `Avis du conseil de quartier ${b.council_name} : ${b.agenda_title} (${outcome(b)}${b.secret ? ', scrutin secret' : ''})`,
    // No budget and no transmission to the prefecture: an avis is not an act to be checked.
    BUDGET_ANNEE: null,
    BUDGET_NOM: null,
    PREF_ID: null,
    PREF_DATE: null,
    VOTE_EFFECTIF: b.members_in_office,
    VOTE_REEL: b.present_count,
    VOTE_POUR: b.for_count,
    VOTE_CONTRE: b.against_count,
    VOTE_ABSTENTION: b.abstain_count,
    DELIB_URL: `${context.publicUrl}/seances/${b.meeting_id}`,
  };
}
