import { CouncilCharter } from './council-charter.entity';
import { CharterInput } from './council.inputs';
import { Charter } from './council.types';

/** SPEC §2 defaults. Seats: none until the town hall sets them. */
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

/** The values of a charter after applying an input on top of `base` (left-out fields stay). */
export function applyCharterInput(
  base: CharterValues,
  input: CharterInput | undefined,
): CharterValues {
  if (!input) return { ...base };
  const pick = <K extends keyof CharterValues>(
    key: K,
    value: CharterValues[K] | undefined,
  ): CharterValues[K] => (value === undefined ? base[key] : value);
  return {
    supportThreshold: pick('supportThreshold', input.supportThreshold),
    supportWindowDays: pick('supportWindowDays', input.supportWindowDays),
    responseDeadlineDays: pick('responseDeadlineDays', input.responseDeadlineDays),
    convocationNoticeDays: pick('convocationNoticeDays', input.convocationNoticeDays),
    quorum: input.quorum === undefined ? base.quorum : input.quorum,
    minutesPublicationDays: pick('minutesPublicationDays', input.minutesPublicationDays),
    oppositionAgendaQuota: pick('oppositionAgendaQuota', input.oppositionAgendaQuota),
    termYears: pick('termYears', input.termYears),
    residentCoChairRequired: pick('residentCoChairRequired', input.residentCoChairRequired),
    residentSeats: pick('residentSeats', input.seats?.residents),
    associationSeats: pick('associationSeats', input.seats?.associations),
    majoritySeats: pick('majoritySeats', input.seats?.electedMajority),
    oppositionSeats: pick('oppositionSeats', input.seats?.electedOpposition),
  };
}

export function charterValues(charter: CouncilCharter): CharterValues {
  const values = {} as Record<string, unknown>;
  for (const key of Object.keys(CHARTER_DEFAULTS))
    values[key] = charter[key as keyof CouncilCharter];
  return values as CharterValues;
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

export function charterView(charter: CouncilCharter): Charter {
  return {
    version: charter.version,
    supportThreshold: charter.supportThreshold,
    supportWindowDays: charter.supportWindowDays,
    responseDeadlineDays: charter.responseDeadlineDays,
    convocationNoticeDays: charter.convocationNoticeDays,
    quorum: charter.quorum,
    minutesPublicationDays: charter.minutesPublicationDays,
    oppositionAgendaQuota: charter.oppositionAgendaQuota,
    termYears: charter.termYears,
    residentCoChairRequired: charter.residentCoChairRequired,
    seats: {
      residents: charter.residentSeats,
      associations: charter.associationSeats,
      electedMajority: charter.majoritySeats,
      electedOpposition: charter.oppositionSeats,
    },
    changedAt: charter.createdAt,
  };
}

export const SEATS_COLUMN = {
  RESIDENTS: 'residentSeats',
  ASSOCIATIONS: 'associationSeats',
  ELECTED_MAJORITY: 'majoritySeats',
  ELECTED_OPPOSITION: 'oppositionSeats',
} as const;

export const SEATS_FIELD = {
  RESIDENTS: 'residents',
  ASSOCIATIONS: 'associations',
  ELECTED_MAJORITY: 'electedMajority',
  ELECTED_OPPOSITION: 'electedOpposition',
} as const;
