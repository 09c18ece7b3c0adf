import { College, COLLEGES } from '../membership/council-membership.entity';

/**
 * The charter's rules (SPEC §2): its parameters, their defaults and the bounds an agent may set
 * them within, how a change applies on top of the current version, and what a change may not do.
 */

/** SPEC §2 defaults. Seats: the town hall's usual numbers until it sets its own. */
export const CHARTER_DEFAULTS = {
  supportThreshold: 50,
  supportWindowDays: 90,
  responseDeadlineDays: 60,
  convocationNoticeDays: 5,
  quorum: null as number | null,
  minutesPublicationDays: 7,
  oppositionAgendaQuota: 1,
  termYears: 3,
  residentCoChairRequired: true,
  residentSeats: 12,
  associationSeats: 4,
  majoritySeats: 3,
  oppositionSeats: 2,
};

export type CharterValues = typeof CHARTER_DEFAULTS;

type Bounded = Exclude<keyof CharterValues, 'residentCoChairRequired'>;

/** The range each number of a charter may take (the input's validation reads it from here). */
export const CHARTER_BOUNDS: Record<Bounded, { min: number; max: number }> = {
  supportThreshold: { min: 1, max: 100_000 },
  supportWindowDays: { min: 1, max: 3650 },
  responseDeadlineDays: { min: 1, max: 3650 },
  convocationNoticeDays: { min: 0, max: 365 },
  quorum: { min: 1, max: 1000 },
  minutesPublicationDays: { min: 0, max: 365 },
  oppositionAgendaQuota: { min: 0, max: 50 },
  termYears: { min: 1, max: 10 },
  residentSeats: { min: 0, max: 200 },
  associationSeats: { min: 0, max: 200 },
  majoritySeats: { min: 0, max: 200 },
  oppositionSeats: { min: 0, max: 200 },
};

/** The parameters of `values` outside their bounds (a null quorum is the default, never out). */
export function charterOutOfBounds(values: CharterValues): Bounded[] {
  return (Object.keys(CHARTER_BOUNDS) as Bounded[]).filter((key) => {
    const value = values[key];
    if (value === null) return false;
    const { min, max } = CHARTER_BOUNDS[key];
    return !Number.isInteger(value) || value < min || value > max;
  });
}

/** A change of charter as an agent asks it: each parameter left out keeps its current value. */
export interface CharterChange {
  supportThreshold?: number;
  supportWindowDays?: number;
  responseDeadlineDays?: number;
  convocationNoticeDays?: number;
  /** Null: back to the default, a majority of the members in office. */
  quorum?: number | null;
  minutesPublicationDays?: number;
  oppositionAgendaQuota?: number;
  termYears?: number;
  residentCoChairRequired?: boolean;
  seats?: {
    residents: number;
    associations: number;
    electedMajority: number;
    electedOpposition: number;
  };
}

/** The values of a charter after applying a change on top of `base` (left-out fields stay). */
export function applyCharterInput(
  base: CharterValues,
  change: CharterChange | undefined,
): CharterValues {
  if (!change) return { ...base };
  const pick = <K extends keyof CharterValues>(
    key: K,
    value: CharterValues[K] | undefined,
  ): CharterValues[K] => (value === undefined ? base[key] : value);
  return {
    supportThreshold: pick('supportThreshold', change.supportThreshold),
    supportWindowDays: pick('supportWindowDays', change.supportWindowDays),
    responseDeadlineDays: pick('responseDeadlineDays', change.responseDeadlineDays),
    convocationNoticeDays: pick('convocationNoticeDays', change.convocationNoticeDays),
    quorum: change.quorum === undefined ? base.quorum : change.quorum,
    minutesPublicationDays: pick('minutesPublicationDays', change.minutesPublicationDays),
    oppositionAgendaQuota: pick('oppositionAgendaQuota', change.oppositionAgendaQuota),
    termYears: pick('termYears', change.termYears),
    residentCoChairRequired: pick('residentCoChairRequired', change.residentCoChairRequired),
    residentSeats: pick('residentSeats', change.seats?.residents),
    associationSeats: pick('associationSeats', change.seats?.associations),
    majoritySeats: pick('majoritySeats', change.seats?.electedMajority),
    oppositionSeats: pick('oppositionSeats', change.seats?.electedOpposition),
  };
}

/** The fields that differ, for the audit trail. */
export function charterDiff(before: CharterValues, after: CharterValues) {
  const keys = (Object.keys(after) as (keyof CharterValues)[]).filter(
    (key) => before[key] !== after[key],
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

/** Where a charter keeps each college's seats. */
export const SEATS_COLUMN = {
  RESIDENTS: 'residentSeats',
  ASSOCIATIONS: 'associationSeats',
  ELECTED_MAJORITY: 'majoritySeats',
  ELECTED_OPPOSITION: 'oppositionSeats',
} as const satisfies Record<College, keyof CharterValues>;

/** The same, as the GraphQL input names them (`seats.residents`…). */
export const SEATS_FIELD = {
  RESIDENTS: 'residents',
  ASSOCIATIONS: 'associations',
  ELECTED_MAJORITY: 'electedMajority',
  ELECTED_OPPOSITION: 'electedOpposition',
} as const satisfies Record<College, string>;

export const seatsOf = (
  values: Pick<CharterValues, (typeof SEATS_COLUMN)[College]>,
  college: College,
) => values[SEATS_COLUMN[college]];

/**
 * A charter may not leave a college fewer seats than it has taken (members in office, and seats
 * a draw has reserved): the first college it would, with its count, or null.
 */
export function seatsBelowTaken(
  values: CharterValues,
  taken: Partial<Record<College, number>>,
): { college: College; taken: number } | null {
  for (const college of COLLEGES) {
    const count = taken[college] ?? 0;
    if (seatsOf(values, college) < count) return { college, taken: count };
  }
  return null;
}

/**
 * Members present or represented needed to vote: the charter's number, or by default a majority
 * of the members in office (more than half).
 */
export const quorumRequired = (charterQuorum: number | null, membersInOffice: number): number =>
  charterQuorum ?? Math.floor(membersInOffice / 2) + 1;
