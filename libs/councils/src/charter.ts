import { CouncilCharter } from './council-charter.entity';
import { Charter } from './council.types';
import { CHARTER_DEFAULTS, CharterValues } from './rules/charter';

/** A stored charter version as the rules' plain values. */
export function charterValues(charter: CouncilCharter): CharterValues {
  const values = {} as Record<string, unknown>;
  for (const key of Object.keys(CHARTER_DEFAULTS))
    values[key] = charter[key as keyof CouncilCharter];
  return values as CharterValues;
}

/** A stored charter version as the API shows it. */
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
