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
