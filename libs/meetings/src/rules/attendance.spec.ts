import fc from 'fast-check';
import type { AttendanceLine } from './attendance-line';
import { applyAttendance, attendanceProblem, sheetProblem } from './attendance';
import { validAttendance } from './testing/attendance.arbitrary';

const absent = (accountId: string): AttendanceLine => ({
  accountId,
  status: 'ABSENT',
  proxyHolderId: null,
});
const sheet = ['ana', 'bob', 'cleo', 'dan'].map(absent);

describe('attendance', () => {
  it('is recorded for members in office at the opening only, once each', () => {
    expect(attendanceProblem(sheet, [{ accountId: 'eve', status: 'PRESENT' }])).toEqual({
      entry: 0,
      problem: 'NOT_A_MEMBER',
    });
    expect(
      attendanceProblem(sheet, [
        { accountId: 'ana', status: 'PRESENT' },
        { accountId: 'ana', status: 'ABSENT' },
      ]),
    ).toEqual({ entry: 1, problem: 'TWICE' });
  });

  it('names a proxy holder for a represented member, and only for one', () => {
    expect(attendanceProblem(sheet, [{ accountId: 'ana', status: 'REPRESENTED' }])).toEqual({
      entry: 0,
      problem: 'PROXY_REQUIRED',
    });
    expect(
      attendanceProblem(sheet, [{ accountId: 'ana', status: 'PRESENT', proxyHolderId: 'bob' }]),
    ).toEqual({ entry: 0, problem: 'PROXY_ONLY_WHEN_REPRESENTED' });
  });

  it('gives a proxy to another member in office, never to oneself', () => {
    expect(
      attendanceProblem(sheet, [{ accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'ana' }]),
    ).toEqual({ entry: 0, problem: 'PROXY_TO_ONESELF' });
    expect(
      attendanceProblem(sheet, [{ accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'eve' }]),
    ).toEqual({ entry: 0, problem: 'HOLDER_NOT_A_MEMBER' });
  });

  it('gives a proxy only to a present member', () => {
    expect(
      attendanceProblem(sheet, [{ accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'bob' }]),
    ).toEqual({ entry: null, problem: 'HOLDER_NOT_PRESENT' });
    expect(
      attendanceProblem(sheet, [
        { accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'bob' },
        { accountId: 'bob', status: 'PRESENT' },
      ]),
    ).toBeNull();
  });

  it('lets a present member hold one proxy at most', () => {
    expect(
      attendanceProblem(sheet, [
        { accountId: 'bob', status: 'PRESENT' },
        { accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'bob' },
        { accountId: 'cleo', status: 'REPRESENTED', proxyHolderId: 'bob' },
      ]),
    ).toEqual({ entry: null, problem: 'ONE_PROXY_EACH' });
  });

  it('allows no chain of proxies: a represented member holds none', () => {
    expect(
      attendanceProblem(sheet, [
        { accountId: 'cleo', status: 'PRESENT' },
        { accountId: 'bob', status: 'REPRESENTED', proxyHolderId: 'cleo' },
        { accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'bob' },
      ]),
    ).toEqual({ entry: null, problem: 'HOLDER_NOT_PRESENT' });
  });

  it('judges the sheet as it will be: a holder who leaves takes the proxies held with them', () => {
    const before = applyAttendance(sheet, [
      { accountId: 'bob', status: 'PRESENT' },
      { accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'bob' },
    ]);
    expect(sheetProblem(before)).toBeNull();
    expect(attendanceProblem(before, [{ accountId: 'bob', status: 'ABSENT' }])).toEqual({
      entry: null,
      problem: 'HOLDER_NOT_PRESENT',
    });
    // Moving the proxy to another present member in the same change is fine.
    expect(
      attendanceProblem(before, [
        { accountId: 'bob', status: 'ABSENT' },
        { accountId: 'cleo', status: 'PRESENT' },
        { accountId: 'ana', status: 'REPRESENTED', proxyHolderId: 'cleo' },
      ]),
    ).toBeNull();
  });

  it('accepts every sheet where each proxy goes to a distinct present member, from any sheet', () => {
    fc.assert(
      fc.property(validAttendance(), (target) => {
        const start = target.map((line) => absent(line.accountId));
        expect(sheetProblem(target)).toBeNull();
        expect(attendanceProblem(start, target)).toBeNull();
        expect(applyAttendance(start, target)).toEqual(target);
      }),
    );
  });

  it('refuses any sheet where a proxy goes to a member who is not present', () => {
    fc.assert(
      fc.property(
        validAttendance().filter((s) => s.some((l) => l.status === 'REPRESENTED')),
        fc.nat(),
        (valid, pick) => {
          const holders = valid
            .filter((l) => l.status === 'REPRESENTED')
            .map((l) => l.proxyHolderId);
          const holder = holders[pick % holders.length]!;
          const broken = applyAttendance(valid, [{ accountId: holder, status: 'ABSENT' }]);
          expect(sheetProblem(broken)).toEqual({ entry: null, problem: 'HOLDER_NOT_PRESENT' });
        },
      ),
    );
  });
});
