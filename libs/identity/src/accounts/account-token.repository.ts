import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';

/** The `account_token` table: mailed single-use tokens, by their hash. */
@Injectable()
export class AccountTokenRepository {
  async insert(
    em: EntityManager,
    token: { accountId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await em.insert(AccountToken, token);
  }

  /**
   * Uses the token up and returns its account, in one conditional UPDATE: the atomic form of
   * rules/account-token.ts (isTokenUsable), so two requests cannot both use a link.
   */
  async consume(
    em: EntityManager,
    tokenHash: string,
    purpose: AccountTokenPurpose,
  ): Promise<string | null> {
    const [row] = await queryRows<{ account_id: string }>(
      em,
      `UPDATE account_token SET used_at = clock_now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > clock_now()
        RETURNING account_id`,
      [tokenHash, purpose],
    );
    return row?.account_id ?? null;
  }

  async deleteAllOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM account_token WHERE account_id = $1`, [accountId]);
  }
}
