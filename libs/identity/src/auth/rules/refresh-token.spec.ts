import fc from 'fast-check';
import { endsSession, isRedeemable, refreshTokenExpiresAt, REUSE_GRACE_MS } from './refresh-token';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-03-29T01:30:00Z');

describe('refresh tokens', () => {
  it('expire their time-to-live in whole days after they are issued', () => {
    expect(refreshTokenExpiresAt(now, 30).getTime() - now.getTime()).toBe(30 * DAY);
  });

  it('are traded once, before they expire', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -DAY, max: DAY }),
        fc.option(fc.date({ noInvalidDate: true })),
        (expiresIn, usedAt) => {
          const token = { usedAt, expiresAt: new Date(now.getTime() + expiresIn) };
          expect(isRedeemable(token, now)).toBe(usedAt === null && expiresIn > 0);
        },
      ),
    );
  });

  it('end their session when presented again after they were traded', () => {
    const traded = { usedAt: now, msSinceUse: 60_000, successorUnused: true };
    expect(endsSession(traded)).toBe(true);
    expect(endsSession({ ...traded, successorUnused: false })).toBe(true);
  });

  it('do not end it when two requests raced: traded moments ago, successor still unused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * REUSE_GRACE_MS }),
        fc.boolean(),
        (msSinceUse, successorUnused) => {
          const race = msSinceUse < REUSE_GRACE_MS && successorUnused;
          expect(endsSession({ usedAt: now, msSinceUse, successorUnused })).toBe(!race);
        },
      ),
    );
  });

  it('end nothing when unknown, or expired without being traded', () => {
    expect(endsSession(null)).toBe(false);
    expect(endsSession({ usedAt: null, msSinceUse: null, successorUnused: false })).toBe(false);
  });
});
