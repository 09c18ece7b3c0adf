import { ASSOCIATION_STATUSES } from '../association.entity';
import { actsAsPartner, canMoveTo, needsReason, visibleTo } from './association-status';

describe('association status rules', () => {
  it('lets agents approve or decline a proposal, suspend and resume a partnership', () => {
    expect(canMoveTo('PENDING', 'PARTNER')).toBe(true);
    expect(canMoveTo('PENDING', 'DECLINED')).toBe(true);
    expect(canMoveTo('PARTNER', 'SUSPENDED')).toBe(true);
    expect(canMoveTo('SUSPENDED', 'PARTNER')).toBe(true);
    expect(canMoveTo('DECLINED', 'PARTNER')).toBe(true);
  });

  it('never goes back to PENDING, nor to the state it is in', () => {
    for (const from of ASSOCIATION_STATUSES) {
      expect(canMoveTo(from, 'PENDING')).toBe(false);
      expect(canMoveTo(from, from)).toBe(false);
    }
    expect(canMoveTo('PARTNER', 'DECLINED')).toBe(false);
  });

  it('wants a reason to decline or suspend only', () => {
    expect(ASSOCIATION_STATUSES.filter(needsReason)).toEqual(['DECLINED', 'SUSPENDED']);
  });

  it('lets only partners act as partners', () => {
    expect(ASSOCIATION_STATUSES.filter(actsAsPartner)).toEqual(['PARTNER']);
  });

  it('shows a partner to anyone, any other association to agents and its members only', () => {
    const nobody = { agent: false, member: false };
    expect(visibleTo('PARTNER', nobody)).toBe(true);
    for (const status of ['PENDING', 'DECLINED', 'SUSPENDED'] as const) {
      expect(visibleTo(status, nobody)).toBe(false);
      expect(visibleTo(status, { agent: true, member: false })).toBe(true);
      expect(visibleTo(status, { agent: false, member: true })).toBe(true);
    }
  });
});
