import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@quorum/core';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../authorization/actor';
import { REFRESH_REFUSED } from '../identity.errors';
import { endsSession, refreshTokenExpiresAt } from './rules/refresh-token';
import { actorOf, isRevoked } from './rules/session';
import { randomToken, sha256Hex } from './secrets';
import { SessionRepository } from './session.repository';

export type RotationResult = { sessionId: string; accountId: string; refreshToken: string };

/** Sessions and their refresh tokens: rotation, reuse detection, revocation. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sessions: SessionRepository,
  ) {}

  async open(
    em: EntityManager,
    accountId: string,
  ): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = await this.sessions.open(em, accountId);
    return { sessionId, refreshToken: await this.issueRefresh(em, sessionId) };
  }

  /**
   * Trades a refresh token for a new one of the same session. A token used twice means it was
   * stolen (or replayed): the whole session is revoked, and both holders must sign in again.
   */
  async rotate(em: EntityManager, presented: string): Promise<RotationResult> {
    const tokenHash = sha256Hex(presented);
    const sessionId = await this.sessions.redeem(em, tokenHash);
    if (!sessionId) {
      const refused = await this.sessions.refused(em, tokenHash);
      // Outside the caller's transaction, which is about to fail: the revocation must stay.
      if (refused && endsSession(refused))
        await this.sessions.revokeReused(this.dataSource.manager, refused.sessionId);
      throw REFRESH_REFUSED();
    }
    const session = await this.sessions.byId(em, sessionId);
    if (!session || isRevoked(session)) throw REFRESH_REFUSED();
    return {
      sessionId: session.id,
      accountId: session.accountId,
      refreshToken: await this.issueRefresh(em, session.id),
    };
  }

  revoke(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    return this.sessions.revoke(em, sessionId, reason);
  }

  revokeAll(em: EntityManager, accountId: string, reason: string): Promise<void> {
    return this.sessions.revokeAllOf(em, accountId, reason);
  }

  /** The caller behind an access token, if its session is still open and its account alive. */
  async actor(accountId: string, sessionId: string): Promise<Actor | null> {
    const session = await this.sessions.withAccount(this.dataSource.manager, sessionId, accountId);
    return actorOf({ accountId, sessionId }, session);
  }

  private async issueRefresh(em: EntityManager, sessionId: string): Promise<string> {
    const token = randomToken();
    await this.sessions.insertRefreshToken(em, {
      sessionId,
      tokenHash: sha256Hex(token),
      expiresAt: refreshTokenExpiresAt(this.clock.now(), this.config.REFRESH_TOKEN_TTL_DAYS),
    });
    return token;
  }
}
