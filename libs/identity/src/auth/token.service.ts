import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@quorum/core';
import { SESSION_ENDED } from '../identity.errors';

export interface AccessClaims {
  sub: string;
  sid: string;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/** Short-lived access tokens (JWT, HS256, signed with JWT_SECRET). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async signAccess(
    accountId: string,
    sessionId: string,
  ): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.ACCESS_TOKEN_TTL_S;
    const token = this.jwt.sign({ sid: sessionId } satisfies Omit<AccessClaims, 'sub'>, {
      subject: accountId,
      expiresIn: ttl,
    });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** The claims of a valid token; an expired, tampered or foreign one is UNAUTHENTICATED. */
  async verifyAccess(token: string): Promise<AccessClaims> {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
      });
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw SESSION_ENDED();
      return claims;
    } catch {
      throw SESSION_ENDED();
    }
  }
}
