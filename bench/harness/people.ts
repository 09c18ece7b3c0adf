/**
 * Signed-in people of the dataset for the scenarios: a new session each (as a sign-in would
 * open), and an access token signed the way the API's sign-in signs it, valid for the run.
 */
import { sign } from 'jsonwebtoken';
import { Pool } from 'pg';
import type { DatasetSummary, SignedIn, SignInOptions, Tokens } from './types';

const TOKEN_TTL_S = 6 * 3600;

export function signToken(secret: string, accountId: string, sessionId: string): string {
  return sign({ sid: sessionId }, secret, {
    subject: accountId,
    expiresIn: TOKEN_TTL_S,
    algorithm: 'HS256',
    issuer: 'quorum',
    audience: 'quorum-api',
  });
}

/** Opens one session per account (in one statement) and signs a token for each. */
export async function signIn(db: Pool, secret: string, accountIds: string[]): Promise<SignedIn[]> {
  if (accountIds.length === 0) return [];
  const { rows } = await db.query<{ id: string; account_id: string }>(
    `INSERT INTO session (account_id) SELECT unnest($1::uuid[]) RETURNING id, account_id`,
    [accountIds],
  );
  const byAccount = new Map(rows.map((row) => [row.account_id, row.id]));
  return accountIds.map((accountId) => {
    const sessionId = byAccount.get(accountId)!;
    return { accountId, sessionId, token: signToken(secret, accountId, sessionId) };
  });
}

export function tokens(db: Pool, secret: string): Tokens {
  const pick = async (sql: string, params: unknown[], count: number, offset = 0) => {
    const { rows } = await db.query<{ id: string }>(
      `${sql} ORDER BY a.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, count],
    );
    if (rows.length < count)
      throw new Error(`the dataset has ${rows.length} such people, ${count} were asked for`);
    return signIn(
      db,
      secret,
      rows.map((row) => row.id),
    );
  };
  return {
    residents: (count: number, o: SignInOptions = {}) =>
      pick(
        `SELECT a.id FROM account a
          WHERE a.role = 'RESIDENT' AND a.residency_verified_at IS NOT NULL AND a.deleted_at IS NULL
            AND ($1::uuid IS NULL OR a.residency_neighbourhood = (SELECT neighbourhood FROM council WHERE id = $1))
            AND ($2::uuid IS NULL OR NOT EXISTS
                  (SELECT 1 FROM proposal_support s WHERE s.proposal_id = $2 AND s.account_id = a.id))`,
        [o.councilId ?? null, o.notSupporting ?? null],
        count,
        o.offset,
      ),
    members: (count: number, o: SignInOptions = {}) =>
      pick(
        `SELECT a.id FROM account a
          WHERE a.deleted_at IS NULL AND EXISTS (
            SELECT 1 FROM council_membership m
             WHERE m.account_id = a.id AND m.ended_at IS NULL
               AND m.term_start <= current_date AND m.term_end >= current_date
               AND ($1::uuid IS NULL OR m.council_id = $1))`,
        [o.councilId ?? null],
        count,
        o.offset,
      ),
    agents: (count: number, o: SignInOptions = {}) =>
      pick(
        `SELECT a.id FROM account a WHERE a.role = 'AGENT' AND a.deleted_at IS NULL`,
        [],
        count,
        o.offset,
      ),
  };
}

/** What the dataset holds, read back from its rows (whichever generator made it). */
export async function summarize(db: Pool, scale: number): Promise<DatasetSummary> {
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0].n);
  const councils = await db.query<{ id: string; followers: string }>(
    `SELECT c.id, (SELECT count(*) FROM council_follower f WHERE f.council_id = c.id) AS followers
       FROM council c ORDER BY 2 DESC, c.id`,
  );
  if (councils.rows.length === 0) throw new Error('the bench database has no councils');
  return {
    scale,
    residents: await count(
      `SELECT count(*) AS n FROM account WHERE role = 'RESIDENT' AND residency_verified_at IS NOT NULL`,
    ),
    proposals: await count(`SELECT count(*) AS n FROM proposal`),
    supports: await count(`SELECT count(*) AS n FROM proposal_support`),
    comments: await count(`SELECT count(*) AS n FROM comment`),
    councilIds: councils.rows.map((row) => row.id),
    followedCouncilId: councils.rows[0].id,
    followers: Number(councils.rows[0].followers),
    meetings: await count(`SELECT count(*) AS n FROM meeting`),
  };
}
