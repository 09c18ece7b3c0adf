import fc from 'fast-check';
import type { AccountRole } from './account.entity';
import { leavesNoAdmin } from './last-admin';

describe('leavesNoAdmin', () => {
  it('refuses only to take the role from the one admin left', () => {
    expect(leavesNoAdmin(['a'], 'a', 'AGENT')).toBe(true);
    expect(leavesNoAdmin(['a'], 'a', 'RESIDENT')).toBe(true);
    expect(leavesNoAdmin(['a'], 'a', 'ADMIN')).toBe(false);
    expect(leavesNoAdmin(['a', 'b'], 'a', 'AGENT')).toBe(false);
    expect(leavesNoAdmin(['a'], 'b', 'AGENT')).toBe(false);
  });
});

describe('the last admin', () => {
  const role = fc.constantFrom<AccountRole>('RESIDENT', 'AGENT', 'ADMIN');
  const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 });

  it('keeps the role: the platform is never left without an admin', () => {
    fc.assert(
      fc.property(ids, fc.constantFrom('a', 'b', 'c', 'd'), role, (admins, who, given) => {
        const after = new Set(admins);
        if (given === 'ADMIN') after.add(who);
        else after.delete(who);
        // Refused exactly when the change would take the last admin away.
        expect(leavesNoAdmin(admins, who, given)).toBe(admins.length > 0 && after.size === 0);
      }),
    );
  });

  it('may give the role on, after which the former admin may leave it', () => {
    expect(leavesNoAdmin(['a', 'b'], 'a', 'RESIDENT')).toBe(false);
  });
});
