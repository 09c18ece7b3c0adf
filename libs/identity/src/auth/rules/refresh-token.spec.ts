import fc from 'fast-check';
import { endsSession, isRedeemable, refreshTokenExpiresAt, REUSE_GRACE_MS } from './refresh-token';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-03-29T01:30:00Z');

describe('refresh tokens', () => {
  it('expire their time-to-live in whole days after they are issued', () => {
    expect(refreshTokenExpiresAt(now, 30).getTime() - now.getTime()).toBe(30 * DAY);
  });

  it('are traded until the instant they expire, not at it nor after', () => {
    const expiresAt = refreshTokenExpiresAt(now, 30);
    const at = (ms: number) => new Date(expiresAt.getTime() + ms);
    expect(isRedeemable({ usedAt: null, expiresAt }, now)).toBe(true);
    expect(isRedeemable({ usedAt: null, expiresAt }, at(-1))).toBe(true);
    expect(isRedeemable({ usedAt: null, expiresAt }, at(0))).toBe(false);
    expect(isRedeemable({ usedAt: null, expiresAt }, at(1))).toBe(false);
  });

  it('are traded once: a token traded is never traded again, however long it had to live', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: DAY }),
        (ttlDays, later) => {
          const token = { usedAt: null, expiresAt: refreshTokenExpiresAt(now, ttlDays) };
          const traded = { ...token, usedAt: new Date(now.getTime() + later) };
          expect(isRedeemable(token, now)).toBe(true);
          expect(isRedeemable(traded, new Date(now.getTime() + later))).toBe(false);
        },
      ),
    );
  });

  it('once expired, stay so: no later moment makes them tradable again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 400 * DAY }),
        fc.integer({ min: 0, max: 400 * DAY }),
        (ttlDays, a, b) => {
          const token = { usedAt: null, expiresAt: refreshTokenExpiresAt(now, ttlDays) };
          const [early, late] = [Math.min(a, b), Math.max(a, b)];
          const ok = (ms: number) => isRedeemable(token, new Date(now.getTime() + ms));
          if (!ok(early)) expect(ok(late)).toBe(false);
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
