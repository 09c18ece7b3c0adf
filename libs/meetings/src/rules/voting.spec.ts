import fc from 'fast-check';
import type { AttendanceLine } from './attendance-line';
import { validAttendance } from './testing/attendance.arbitrary';
import { countAttendance, countedTowardsQuorum } from './quorum';
import { voteRefusal } from './voting';

const present = (accountId: string): AttendanceLine => ({
  accountId,
  status: 'PRESENT',
  proxyHolderId: null,
});
const absent = (accountId: string): AttendanceLine => ({
  accountId,
  status: 'ABSENT',
  proxyHolderId: null,
});
const represented = (accountId: string, by: string): AttendanceLine => ({
  accountId,
  status: 'REPRESENTED',
  proxyHolderId: by,
});

/**
 * Every vote `voteRefusal` lets through at a meeting: each member of the attendance casting for
 * themself, or for each other member.
 */
function votesAllowed(
  attendance: readonly AttendanceLine[],
): { castBy: string; voterId: string }[] {
  return attendance.flatMap((caster) =>
    attendance
      .filter((voter) => voteRefusal(caster, voter === caster ? undefined : voter) === null)
      .map((voter) => ({ castBy: caster.accountId, voterId: voter.accountId })),
  );
}

describe('who may vote', () => {
  it('a present member votes for themself', () => {
    expect(voteRefusal(present('ana'))).toBeNull();
  });

  it('an absent or represented member does not vote for themself, nor does a stranger to the meeting', () => {
    expect(voteRefusal(absent('ana'))).toBe('NOT_PRESENT');
    expect(voteRefusal(represented('ana', 'bob'))).toBe('NOT_PRESENT');
    expect(voteRefusal(undefined)).toBe('NOT_PRESENT');
  });

  it('the present holder of a proxy votes for the member they represent', () => {
    expect(voteRefusal(present('bob'), represented('ana', 'bob'))).toBeNull();
  });

  it('nobody votes for a member whose proxy they do not hold', () => {
    expect(voteRefusal(present('cleo'), represented('ana', 'bob'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(present('bob'), absent('ana'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(present('bob'), present('ana'))).toBe('NOT_PROXY_HOLDER');
  });

  it('a proxy holder who is not present does not vote for the member they represent', () => {
    expect(voteRefusal(absent('bob'), represented('ana', 'bob'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(undefined, represented('ana', 'bob'))).toBe('NOT_PROXY_HOLDER');
  });

  it('allows one vote for each member present or represented, and none for the absent', () => {
    fc.assert(
      fc.property(validAttendance(), (attendance) => {
        const votes = votesAllowed(attendance);
        const voters = votes.map((v) => v.voterId);
        expect(new Set(voters).size).toBe(voters.length);
        expect(votes.length).toBe(countedTowardsQuorum(countAttendance(attendance)));
        for (const line of attendance)
          expect(voters.includes(line.accountId)).toBe(line.status !== 'ABSENT');
      }),
    );
  });

  it('lets each present member cast two votes at most: their own and their one proxy’s', () => {
    fc.assert(
      fc.property(validAttendance(), (attendance) => {
        const byHolder = new Map<string, number>();
        for (const { castBy } of votesAllowed(attendance))
          byHolder.set(castBy, (byHolder.get(castBy) ?? 0) + 1);
        for (const [holder, n] of byHolder) {
          expect(n).toBeLessThanOrEqual(2);
          expect(attendance.find((a) => a.accountId === holder)?.status).toBe('PRESENT');
        }
      }),
    );
  });
});

describe('Who may cast a vote for whom, at a ballot', () => {
  it('a present member votes for themself', () => {
    expect(voteRefusal(present('ana'))).toBeNull();
  });

  it('an absent, represented or unlisted member does not vote for themself', () => {
    expect(voteRefusal(absent('ana'))).toBe('NOT_PRESENT');
    expect(voteRefusal(represented('ana', 'bob'))).toBe('NOT_PRESENT');
    expect(voteRefusal(undefined)).toBe('NOT_PRESENT');
  });

  it('the present holder of a represented member’s proxy votes for that member', () => {
    expect(voteRefusal(present('bob'), represented('ana', 'bob'))).toBeNull();
  });

  it('no one else votes for a member: not another member, not an absent proxy holder', () => {
    expect(voteRefusal(present('cyd'), represented('ana', 'bob'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(absent('bob'), represented('ana', 'bob'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(present('bob'), present('ana'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(present('bob'), absent('ana'))).toBe('NOT_PROXY_HOLDER');
    expect(voteRefusal(present('bob'), null)).toBe('NOT_PROXY_HOLDER');
  });

  it('a member who is represented cannot vote on their own behalf', () => {
    expect(voteRefusal(represented('ana', 'bob'), represented('ana', 'bob'))).toBe(
      'NOT_PROXY_HOLDER',
    );
  });
});
