import fc from 'fast-check';
import { COLLEGES } from '../membership/council-membership.entity';
import {
  applyCharterInput,
  CHARTER_BOUNDS,
  CHARTER_DEFAULTS,
  charterDiff,
  charterOutOfBounds,
  CharterValues,
  quorumRequired,
  seatsBelowTaken,
  seatsOf,
} from './charter';

const bounded = (key: keyof typeof CHARTER_BOUNDS) =>
  fc.integer({ min: CHARTER_BOUNDS[key].min, max: CHARTER_BOUNDS[key].max });

/** Any charter an agent may set. */
const charterArbitrary: fc.Arbitrary<CharterValues> = fc.record({
  supportThreshold: bounded('supportThreshold'),
  supportWindowDays: bounded('supportWindowDays'),
  responseDeadlineDays: bounded('responseDeadlineDays'),
  convocationNoticeDays: bounded('convocationNoticeDays'),
  quorum: fc.option(bounded('quorum'), { nil: null }),
  minutesPublicationDays: bounded('minutesPublicationDays'),
  oppositionAgendaQuota: bounded('oppositionAgendaQuota'),
  termYears: bounded('termYears'),
  residentCoChairRequired: fc.boolean(),
  residentSeats: bounded('residentSeats'),
  associationSeats: bounded('associationSeats'),
  majoritySeats: bounded('majoritySeats'),
  oppositionSeats: bounded('oppositionSeats'),
});

describe('a council’s charter (SPEC §2)', () => {
  it('has the defaults of the SPEC table: 50 supports, 90 days to qualify, 60 days to answer, 5 clear days of notice, a majority quorum, 7 days to publish minutes, 1 opposition item, 3-year terms', () => {
    expect(CHARTER_DEFAULTS).toMatchObject({
      supportThreshold: 50,
      supportWindowDays: 90,
      responseDeadlineDays: 60,
      convocationNoticeDays: 5,
      quorum: null,
      minutesPublicationDays: 7,
      oppositionAgendaQuota: 1,
      termYears: 3,
    });
  });

  it('has defaults an agent could have set themselves (all within bounds)', () => {
    expect(charterOutOfBounds(CHARTER_DEFAULTS)).toEqual([]);
  });

  it('refuses a parameter outside its bounds, and names it', () => {
    expect(charterOutOfBounds({ ...CHARTER_DEFAULTS, supportThreshold: 0 })).toEqual([
      'supportThreshold',
    ]);
    expect(charterOutOfBounds({ ...CHARTER_DEFAULTS, termYears: 11, residentSeats: -1 })).toEqual([
      'termYears',
      'residentSeats',
    ]);
    expect(charterOutOfBounds({ ...CHARTER_DEFAULTS, convocationNoticeDays: 2.5 })).toEqual([
      'convocationNoticeDays',
    ]);
  });

  it('keeps every parameter a change leaves out', () => {
    fc.assert(
      fc.property(charterArbitrary, (base) => {
        expect(applyCharterInput(base, undefined)).toEqual(base);
        expect(applyCharterInput(base, {})).toEqual(base);
      }),
    );
  });

  it('takes every parameter a change gives, and the audit diff names exactly those that changed', () => {
    fc.assert(
      fc.property(charterArbitrary, charterArbitrary, (base, wanted) => {
        const after = applyCharterInput(base, {
          ...wanted,
          seats: {
            residents: wanted.residentSeats,
            associations: wanted.associationSeats,
            electedMajority: wanted.majoritySeats,
            electedOpposition: wanted.oppositionSeats,
          },
        });
        expect(after).toEqual(wanted);
        const diff = charterDiff(base, after);
        const changed = (Object.keys(base) as (keyof CharterValues)[]).filter(
          (key) => base[key] !== wanted[key],
        );
        expect(Object.keys(diff.after).sort()).toEqual([...changed].sort());
        changed.forEach((key) => {
          expect(diff.before[key]).toBe(base[key]);
          expect(diff.after[key]).toBe(wanted[key]);
        });
      }),
    );
  });

  it('goes back to the majority quorum when a change sets the quorum to null, and keeps it when the change leaves it out', () => {
    const fixed = { ...CHARTER_DEFAULTS, quorum: 7 };
    expect(applyCharterInput(fixed, { quorum: null }).quorum).toBeNull();
    expect(applyCharterInput(fixed, { termYears: 4 }).quorum).toBe(7);
  });

  it('may not leave a college fewer seats than it has taken, and says which college', () => {
    const values = { ...CHARTER_DEFAULTS, residentSeats: 2, oppositionSeats: 1 };
    expect(seatsBelowTaken(values, { RESIDENTS: 2, ELECTED_OPPOSITION: 1 })).toBeNull();
    expect(seatsBelowTaken(values, { RESIDENTS: 3 })).toEqual({ college: 'RESIDENTS', taken: 3 });
    expect(seatsBelowTaken(values, { ELECTED_OPPOSITION: 2 })).toEqual({
      college: 'ELECTED_OPPOSITION',
      taken: 2,
    });
  });

  it('accepts seats exactly when every college keeps at least the seats it has taken', () => {
    fc.assert(
      fc.property(
        charterArbitrary,
        fc.record({
          RESIDENTS: fc.nat(250),
          ASSOCIATIONS: fc.nat(250),
          ELECTED_MAJORITY: fc.nat(250),
          ELECTED_OPPOSITION: fc.nat(250),
        }),
        (values, taken) => {
          const fits = COLLEGES.every((college) => seatsOf(values, college) >= taken[college]);
          expect(seatsBelowTaken(values, taken) === null).toBe(fits);
        },
      ),
    );
  });
});

describe('the quorum (SPEC §2)', () => {
  it('is the charter’s number when it sets one, whatever the members in office', () => {
    fc.assert(
      fc.property(bounded('quorum'), fc.nat(500), (quorum, members) => {
        expect(quorumRequired(quorum, members)).toBe(quorum);
      }),
    );
  });

  it('is by default a majority of the members in office: more than half of them, and no more than needed', () => {
    expect(quorumRequired(null, 0)).toBe(1);
    expect(quorumRequired(null, 10)).toBe(6);
    expect(quorumRequired(null, 11)).toBe(6);
    fc.assert(
      fc.property(fc.nat(500), (members) => {
        const quorum = quorumRequired(null, members);
        expect(2 * quorum).toBeGreaterThan(members);
        expect(2 * (quorum - 1)).toBeLessThanOrEqual(members);
      }),
    );
  });
});
