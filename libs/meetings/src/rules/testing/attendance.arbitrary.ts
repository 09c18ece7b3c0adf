// Test data for the rules’ property tests (under testing/, so kept out of the build).
import fc from 'fast-check';
import type { AttendanceLine } from '../attendance-line';

/**
 * Valid attendance sheets, for property tests: each member present, absent or represented by a
 * present member, each present member holding one proxy at most.
 */
export const validAttendance = (maxMembers = 30): fc.Arbitrary<AttendanceLine[]> =>
  fc
    .array(fc.constantFrom('PRESENT', 'ABSENT', 'WANTS_PROXY'), { maxLength: maxMembers })
    .chain((wishes) =>
      fc.shuffledSubarray([...wishes.keys()]).map((holderOrder) => {
        const ids = wishes.map((_, i) => `member-${i}`);
        const freeHolders = holderOrder.filter((i) => wishes[i] === 'PRESENT');
        return wishes.map((wish, i): AttendanceLine => {
          if (wish === 'PRESENT')
            return { accountId: ids[i], status: 'PRESENT', proxyHolderId: null };
          const holder = wish === 'WANTS_PROXY' ? freeHolders.shift() : undefined;
          return holder === undefined
            ? { accountId: ids[i], status: 'ABSENT', proxyHolderId: null }
            : { accountId: ids[i], status: 'REPRESENTED', proxyHolderId: ids[holder] };
        });
      }),
    );
