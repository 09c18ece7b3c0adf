import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';
import { RefusedRefreshToken } from './rules/refresh-token';
import { SessionOfAccount } from './rules/session';
import { Session } from './session.entity';

/** What the export shows of a session. */
export interface SessionExportRow {
  id: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** The `session` and `refresh_token` tables: a signed-in device and its family of tokens. */
@Injectable()
export class SessionRepository {
  async open(em: EntityManager, accountId: string): Promise<string> {
    const session = await em.save(em.create(Session, { accountId }));
    return session.id;
  }

  byId(em: EntityManager, id: string): Promise<Session | null> {
    return em.findOneBy(Session, { id });
  }

  /** The session and its account, whatever their state (rules/session.ts decides). */
  async withAccount(
    em: EntityManager,
    sessionId: string,
    accountId: string,
  ): Promise<SessionOfAccount | null> {
    const [row] = await queryRows<SessionOfAccount>(
      em,
      `SELECT s.revoked_at AS "revokedAt", a.deleted_at AS "accountDeletedAt", a.role,
              a.email_verified_at AS "emailVerifiedAt", a.residency_neighbourhood AS "residencyNeighbourhood"
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.id = $1 AND s.account_id = $2`,
      [sessionId, accountId],
      { prepare: true },
    );
    return row ?? null;
  }

  async insertRefreshToken(
    em: EntityManager,
    token: { sessionId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await em.insert(RefreshToken, token);
  }

  /**
   * Trades the token and returns its session, in one conditional UPDATE: the atomic form of
   * rules/refresh-token.ts (isRedeemable), so two requests cannot both trade it. Expiry is the
   * application's clock (a rule); used_at is the database's, to time the race (endsSession).
   */
  async redeem(em: EntityManager, tokenHash: string): Promise<string | null> {
    const [used] = await queryRows<{ session_id: string }>(
      em,
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > clock_now() RETURNING session_id`,
      [tokenHash],
    );
    return used?.session_id ?? null;
  }

  /**
   * What is known of a token that could not be traded. Its successor was issued in the
   * transaction that used it, so at the same now().
   */
  async refused(
    em: EntityManager,
    tokenHash: string,
  ): Promise<(RefusedRefreshToken & { sessionId: string }) | null> {
    const [row] = await queryRows<RefusedRefreshToken & { sessionId: string }>(
      em,
      `SELECT used.session_id AS "sessionId", used.used_at AS "usedAt",
              (extract(epoch FROM now() - used.used_at) * 1000)::float8 AS "msSinceUse",
              EXISTS (SELECT 1 FROM refresh_token next
                       WHERE next.session_id = used.session_id AND next.created_at = used.used_at
                         AND next.used_at IS NULL) AS "successorUnused"
         FROM refresh_token used WHERE used.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  async revoke(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    await em.update(
      Session,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /** By the database's clock, like the token use it answers. */
  async revokeReused(em: EntityManager, sessionId: string): Promise<void> {
    await em.query(
      `UPDATE session SET revoked_at = now(), revoked_reason = 'refresh-token-reused'
        WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  async revokeAllOf(em: EntityManager, accountId: string, reason: string): Promise<void> {
    await em.query(
      `UPDATE session SET revoked_at = now(), revoked_reason = $2 WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId, reason],
    );
  }

  listOf(em: EntityManager, accountId: string): Promise<SessionExportRow[]> {
    return queryRows<SessionExportRow>(
      em,
      `SELECT id, created_at AS "createdAt", revoked_at AS "revokedAt", revoked_reason AS "revokedReason"
         FROM session WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
  }

  /** Every session of the account, and their refresh tokens. */
  async deleteAllOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM session WHERE account_id = $1)`,
      [accountId],
    );
    await em.query(`DELETE FROM session WHERE account_id = $1`, [accountId]);
  }
}
