import fc from 'fast-check';
import { actorOf, isRevoked, letsIn, SessionOfAccount } from './session';

const ids = { accountId: 'a1', sessionId: 's1' };
const open: SessionOfAccount = {
  revokedAt: null,
  accountDeletedAt: null,
  role: 'RESIDENT',
  emailVerifiedAt: new Date('2026-01-02T10:00:00Z'),
  residencyNeighbourhood: 'nord',
};
const someDate = fc.option(fc.date({ noInvalidDate: true }));

describe('a session', () => {
  it('lets its tokens in while it is not revoked and its account not deleted', () => {
    fc.assert(
      fc.property(someDate, someDate, (revokedAt, accountDeletedAt) => {
        const session = { ...open, revokedAt, accountDeletedAt };
        expect(letsIn(session)).toBe(revokedAt === null && accountDeletedAt === null);
        expect(actorOf(ids, session) !== null).toBe(letsIn(session));
      }),
    );
  });

  it('is revoked once it has a revocation date', () => {
    expect(isRevoked({ revokedAt: null })).toBe(false);
    expect(isRevoked({ revokedAt: new Date() })).toBe(true);
  });

  it('stands for its account’s role, address check and residency, as stored now', () => {
    expect(actorOf(ids, open)).toEqual({
      accountId: 'a1',
      sessionId: 's1',
      role: 'RESIDENT',
      emailVerified: true,
      residencyNeighbourhood: 'nord',
    });
    expect(actorOf(ids, { ...open, role: 'AGENT', emailVerifiedAt: null })).toMatchObject({
      role: 'AGENT',
      emailVerified: false,
    });
  });

  it('stands for nobody when it is unknown', () => {
    expect(actorOf(ids, null)).toBeNull();
  });
});
