import { Injectable } from '@nestjs/common';
import { Clock } from '@quorum/core';
import { EntityManager } from 'typeorm';
import { randomToken, sha256Hex } from '../auth/secrets';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenRepository } from './account-token.repository';
import { tokenExpiresAt } from './rules/account-token';

export { TOKEN_LIFETIME_MS } from './rules/account-token';

/** Single-use, expiring tokens mailed to people; only their hash is kept. */
@Injectable()
export class AccountTokenService {
  constructor(
    private readonly clock: Clock,
    private readonly tokens: AccountTokenRepository,
  ) {}

  async create(
    em: EntityManager,
    accountId: string,
    purpose: AccountTokenPurpose,
  ): Promise<string> {
    const token = randomToken();
    await this.tokens.insert(em, {
      accountId,
      purpose,
      tokenHash: sha256Hex(token),
      expiresAt: tokenExpiresAt(purpose, this.clock.now()),
    });
    return token;
  }

  /** Uses a token up; returns its account, or null when unknown, expired or already used. */
  consume(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<string | null> {
    return this.tokens.consume(em, sha256Hex(token), purpose);
  }
}
