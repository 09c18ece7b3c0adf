import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AccountRepository } from '../libs/identity/src/accounts/account.repository';
import { verifiedSince } from '../libs/identity/src/accounts/rules/email';
import { isRedeemable } from '../libs/identity/src/auth/rules/refresh-token';
import { SessionRepository } from '../libs/identity/src/auth/session.repository';
import { useDataSource } from './support/test-env';

/** Where an identity rule is applied by SQL (atomically), the SQL and the pure rule agree. */
describe('Identity rules and their SQL forms', () => {
  const database = useDataSource();
  const sessions = new SessionRepository();
  const accounts = new AccountRepository();
  const now = new Date('2030-03-31T00:30:00Z');

  /** Runs `work` at the application's clock `now`, in a transaction rolled back after. */
  async function at<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = database.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('quorum.now', $1, true)`, [now.toISOString()]);
      return await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  const newAccount = async (em: EntityManager, emailVerifiedAt: Date | null) => {
    const [{ id }]: { id: string }[] = await em.query(
      `INSERT INTO account (email, display_name, email_verified_at) VALUES ($1, 'Test', $2) RETURNING id`,
      [`${randomUUID()}@example.fr`, emailVerifiedAt],
    );
    return id;
  };

  it('redeem trades exactly the refresh tokens isRedeemable says can be traded', async () => {
    const ms = [-24 * 3600_000, -1, 0, 1, 24 * 3600_000];
    const cases = ms.flatMap((expiresIn) =>
      [null, new Date(now.getTime() - 60_000)].map((usedAt) => ({
        usedAt,
        expiresAt: new Date(now.getTime() + expiresIn),
      })),
    );
    const outcomes = await at(async (em) => {
      const accountId = await newAccount(em, now);
      const [{ id: sessionId }]: { id: string }[] = await em.query(
        `INSERT INTO session (account_id) VALUES ($1) RETURNING id`,
        [accountId],
      );
      const traded: boolean[] = [];
      for (const token of cases) {
        const tokenHash = createHash('sha256').update(randomUUID()).digest('hex');
        await em.query(
          `INSERT INTO refresh_token (session_id, token_hash, expires_at, used_at) VALUES ($1, $2, $3, $4)`,
          [sessionId, tokenHash, token.expiresAt, token.usedAt],
        );
        traded.push((await sessions.redeem(em, tokenHash)) === sessionId);
      }
      return traded;
    });
    expect(cases.map((token, i) => ({ ...token, traded: outcomes[i] }))).toEqual(
      cases.map((token) => ({ ...token, traded: isRedeemable(token, now) })),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(2);
  });

  it('markEmailVerified and setPasswordByLink keep the time verifiedSince says', async () => {
    for (const current of [null, new Date('2029-01-02T03:04:05Z')]) {
      const stamps = await at(async (em) => {
        const byLink = await newAccount(em, current);
        const byPassword = await newAccount(em, current);
        await accounts.markEmailVerified(em, byLink);
        await accounts.setPasswordByLink(em, byPassword, 'hash');
        const rows: { email_verified_at: Date }[] = await em.query(
          `SELECT email_verified_at FROM account WHERE id = ANY($1) ORDER BY array_position($1, id)`,
          [[byLink, byPassword]],
        );
        return rows.map((row) => row.email_verified_at);
      });
      expect(stamps).toEqual([verifiedSince(current, now), verifiedSince(current, now)]);
    }
  });
});
