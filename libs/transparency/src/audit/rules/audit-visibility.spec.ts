import { isPublicAuditAction, PUBLIC_AUDIT_ACTIONS, visibleActions } from './audit-visibility';

describe('audit visibility (allow-list)', () => {
  it('shows the public the state changes of public objects, charters, moderation and draws', () => {
    for (const action of [
      'council.charter-updated',
      'proposal.published',
      'content.hidden',
      'sortition.drawn',
      'ballot.closed',
      'minutes.published',
    ])
      expect(isPublicAuditAction(action)).toBe(true);
  });

  it('keeps accounts, residency, census, drafts and unknown actions private', () => {
    for (const action of [
      'account.registered',
      'account.searched',
      'account.role-changed',
      'account.deleted',
      'resident.verified',
      'resident.census-claimed',
      'resident.census-claim-contested',
      'census.imported',
      'proposal.submitted',
      'minutes.drafted',
      'minutes.submitted',
      'opposition-statement.added',
      'ballot.vote-cast',
      'something.new',
      '',
    ])
      expect(isPublicAuditAction(action)).toBe(false);
  });

  it('shows the town hall’s decisions on partner associations and the publication of solidarity entries', () => {
    for (const action of [
      'association.approved',
      'association.declined',
      'association.suspended',
      'association.seated',
      'solidarity-entry.published',
      'solidarity-entry.withdrawn',
    ])
      expect(isPublicAuditAction(action)).toBe(true);
    // A refusal's reason (told to the members only), a pending association, who acts for it,
    // drafts and partners' edits stay private.
    for (const action of [
      'association.decision-reason',
      'association.proposed',
      'association.updated',
      'association.member-added',
      'association.member-removed',
      'solidarity-entry.created',
      'solidarity-entry.updated',
      'solidarity-entries.imported',
    ])
      expect(isPublicAuditAction(action)).toBe(false);
  });

  it('lists no account, resident or census action as public', () => {
    expect(PUBLIC_AUDIT_ACTIONS.filter((a) => /^(account|resident|census)\./.test(a))).toEqual([]);
  });

  it('restricts the public reader to the allow-list, and no one else', () => {
    expect(visibleActions('PUBLIC')).toEqual(PUBLIC_AUDIT_ACTIONS);
    expect(visibleActions('FULL')).toBeNull();
  });
});
