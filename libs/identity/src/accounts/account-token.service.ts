import { Injectable } from '@nestjs/common';
import { Clock } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { randomToken, sha256Hex } from '../auth/secrets';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3600 * 1000,
  RESET_PASSWORD: 3600 * 1000,
};

/** Single-use, expiring tokens mailed to people; only their hash is kept. */
@Injectable()
export class AccountTokenService {
  constructor(private readonly clock: Clock) {}

  async create(
    em: EntityManager,
    accountId: string,
    purpose: AccountTokenPurpose,
  ): Promise<string> {
    const token = randomToken();
    await em.insert(AccountToken, {
      accountId,
      purpose,
      tokenHash: sha256Hex(token),
      expiresAt: new Date(this.clock.now().getTime() + TOKEN_LIFETIME_MS[purpose]),
    });
    return token;
  }

  /** Uses a token up; returns its account, or null when unknown, expired or already used. */
  async consume(
    em: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<string | null> {
    const [row] = await queryRows<{ account_id: string }>(
      em,
      `UPDATE account_token SET used_at = clock_now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > clock_now()
        RETURNING account_id`,
      [sha256Hex(token), purpose],
    );
    return row?.account_id ?? null;
  }
}
