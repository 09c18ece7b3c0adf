import { quorumRequired } from '@quorum/councils';
import fc from 'fast-check';
import { validAttendance } from './testing/attendance.arbitrary';
import { countAttendance, countedTowardsQuorum, quorumOf, quorumReached } from './quorum';

/** The default quorum a meeting freezes at its opening: the councils' rule, without a charter number. */
const majorityOf = (membersInOffice: number): number => quorumRequired(null, membersInOffice);

describe('quorum', () => {
  it('is, by default, the majority of the members in office: more than half of them', () => {
    expect(majorityOf(0)).toBe(1);
    expect(majorityOf(1)).toBe(1);
    expect(majorityOf(10)).toBe(6);
    expect(majorityOf(11)).toBe(6);
    fc.assert(
      fc.property(fc.nat(500), (n) => {
        const q = majorityOf(n);
        expect(2 * q).toBeGreaterThan(n);
        expect(2 * (q - 1)).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('is the charter’s when the charter sets one, whatever the members in office', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.nat(200), (charter, members) => {
        expect(quorumRequired(charter, members)).toBe(charter);
      }),
    );
    expect(quorumRequired(null, 9)).toBe(5);
  });

  it('counts present and represented members, and not absent ones', () => {
    fc.assert(
      fc.property(validAttendance(), (attendance) => {
        const count = countAttendance(attendance);
        const absent = attendance.filter((a) => a.status === 'ABSENT').length;
        expect(countedTowardsQuorum(count)).toBe(attendance.length - absent);
        expect(count.present).toBe(attendance.filter((a) => a.status === 'PRESENT').length);
        expect(count.represented).toBe(attendance.filter((a) => a.status === 'REPRESENTED').length);
      }),
    );
  });

  it('is reached with as many present or represented members as required, or more', () => {
    expect(quorumReached({ present: 3, represented: 2 }, 5)).toBe(true);
    expect(quorumReached({ present: 3, represented: 1 }, 5)).toBe(false);
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 120 }), (p, r, required) => {
        expect(quorumReached({ present: p, represented: r }, required)).toBe(p + r >= required);
      }),
    );
  });

  it('is held at a ballot’s close with as many members present or represented as required, or more', () => {
    expect(quorumReached({ present: 5, represented: 0 }, 5)).toBe(true);
    expect(quorumReached({ present: 4, represented: 2 }, 5)).toBe(true);
    expect(quorumReached({ present: 3, represented: 1 }, 5)).toBe(false);
  });

  it('a proxy counts as its member’s presence: giving one never loses the quorum that absence would', () => {
    fc.assert(
      fc.property(validAttendance(), fc.integer({ min: 1, max: 30 }), (attendance, required) => {
        const asAbsent = attendance.map((a) =>
          a.status === 'REPRESENTED' ? { ...a, status: 'ABSENT' as const, proxyHolderId: null } : a,
        );
        const withProxies = quorumOf(attendance, { membersInOffice: attendance.length, required });
        const without = quorumOf(asAbsent, { membersInOffice: attendance.length, required });
        expect(withProxies.present).toBe(without.present);
        if (without.reached) expect(withProxies.reached).toBe(true);
      }),
    );
  });

  it('of a meeting says what was frozen at the opening, who is there, and whether it is reached', () => {
    expect(
      quorumOf(
        [
          { status: 'PRESENT' },
          { status: 'REPRESENTED' },
          { status: 'ABSENT' },
          { status: 'ABSENT' },
        ],
        { membersInOffice: 4, required: 3 },
      ),
    ).toEqual({ membersInOffice: 4, required: 3, present: 1, represented: 1, reached: false });
  });
});
