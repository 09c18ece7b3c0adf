import { isTownHall } from './actor';

describe('isTownHall', () => {
  it('is true for agents and administrators only', () => {
    expect(isTownHall({ role: 'AGENT' })).toBe(true);
    expect(isTownHall({ role: 'ADMIN' })).toBe(true);
    expect(isTownHall({ role: 'RESIDENT' })).toBe(false);
    expect(isTownHall(null)).toBe(false);
  });
});
