import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, DomainError } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor } from '../authorization/actor';
import { RefreshToken } from './refresh-token.entity';
import { randomToken, sha256Hex } from './secrets';
import { Session } from './session.entity';

const REUSE_GRACE_MS = 10_000;

/** A refresh token that cannot be traded (unknown, expired, used, or its session closed). */
export const REFRESH_REFUSED = new DomainError(
  'UNAUTHENTICATED',
  {
    fr: 'Ce jeton de rafraîchissement n’est plus valable : reconnectez-vous.',
    en: 'This refresh token is no longer valid: sign in again.',
  },
  { reason: 'REFRESH_TOKEN_INVALID' },
);

export type RotationResult = { sessionId: string; accountId: string; refreshToken: string };

/** Sessions and their refresh tokens: rotation, reuse detection, revocation. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(
    em: EntityManager,
    accountId: string,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const session = await em.save(em.create(Session, { accountId }));
    return { sessionId: session.id, refreshToken: await this.issueRefresh(em, session.id) };
  }

  /**
   * Trades a refresh token for a new one of the same session. A token used twice means it was
   * stolen (or replayed): the whole session is revoked, and both holders must sign in again.
   */
  async rotate(em: EntityManager, presented: string): Promise<RotationResult> {
    const tokenHash = sha256Hex(presented);
    const [used] = await queryRows<{ session_id: string }>(
      em,
      // Expiry is a rule (the application's clock); used_at times the race below (the database's).
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > clock_now() RETURNING session_id`,
      [tokenHash],
    );
    if (!used) {
      const known = await em.findOneBy(RefreshToken, { tokenHash });
      if (known?.usedAt && !(await this.justRotated(em, known)))
        await this.revokeReused(known.sessionId);
      throw REFRESH_REFUSED;
    }
    const session = await em.findOneBy(Session, { id: used.session_id });
    if (!session || session.revokedAt) throw REFRESH_REFUSED;
    return {
      sessionId: session.id,
      accountId: session.accountId,
      refreshToken: await this.issueRefresh(em, session.id),
    };
  }

  async revoke(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    await em.update(
      Session,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  async revokeAll(em: EntityManager, accountId: string, reason: string): Promise<void> {
    await em.query(
      `UPDATE session SET revoked_at = now(), revoked_reason = $2 WHERE account_id = $1 AND revoked_at IS NULL`,
      [accountId, reason],
    );
  }

  /** The caller behind an access token, if its session is still open and its account alive. */
  async actor(accountId: string, sessionId: string): Promise<Actor | null> {
    const [row]: {
      role: Actor['role'];
      email_verified: boolean;
      residency_neighbourhood: string | null;
    }[] = await this.dataSource.query(
      `SELECT a.role, a.email_verified_at IS NOT NULL AS email_verified, a.residency_neighbourhood
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.id = $1 AND s.account_id = $2 AND s.revoked_at IS NULL AND a.deleted_at IS NULL`,
      [sessionId, accountId],
    );
    if (!row) return null;
    return {
      accountId,
      sessionId,
      role: row.role,
      emailVerified: row.email_verified,
      residencyNeighbourhood: row.residency_neighbourhood,
    };
  }

  private async issueRefresh(em: EntityManager, sessionId: string): Promise<string> {
    const token = randomToken();
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000,
    );
    await em.insert(RefreshToken, { sessionId, tokenHash: sha256Hex(token), expiresAt });
    return token;
  }

  /**
   * Two tabs (or a retry after a lost answer) may present the same token within seconds: when its
   * successor is still unused, that is a race, not a theft; the late request is refused, the
   * session lives on.
   */
  private async justRotated(em: EntityManager, token: RefreshToken): Promise<boolean> {
    // Its successor was issued in the transaction that used it, so at the same now().
    const [successor]: unknown[] = await em.query(
      `SELECT 1 FROM refresh_token used JOIN refresh_token next
          ON next.session_id = used.session_id AND next.created_at = used.used_at
        WHERE used.id = $1 AND used.used_at > now() - make_interval(secs => $2) AND next.used_at IS NULL`,
      [token.id, REUSE_GRACE_MS / 1000],
    );
    return successor !== undefined;
  }

  /** Outside the caller's transaction, which is about to fail: the revocation must stay. */
  private async revokeReused(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE session SET revoked_at = now(), revoked_reason = 'refresh-token-reused'
        WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }
}
