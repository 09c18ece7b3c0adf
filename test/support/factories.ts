import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { AppConfig } from '@quorum/core';
import { AccountRole } from '@quorum/identity';
import { sign } from 'jsonwebtoken';
import { Client } from 'pg';

export const DEFAULT_PASSWORD = 'Quorum test password 42!';
let passwordHash: Promise<string> | undefined;

export interface TestAccount {
  id: string;
  email: string;
  displayName: string;
  password: string;
  /** A valid access token of an open session. */
  token: string;
  sessionId: string;
}

export interface NewAccountOptions {
  role?: AccountRole;
  emailVerified?: boolean;
  neighbourhood?: string | null;
  displayName?: string;
}

/** Signs an access token the way the API does (tests use it to forge bad ones too). */
export function accessToken(
  config: AppConfig,
  accountId: string,
  sessionId: string,
  options: { secret?: string; expiresIn?: number } = {},
): string {
  return sign({ sid: sessionId }, options.secret ?? config.JWT_SECRET, {
    subject: accountId,
    expiresIn: options.expiresIn ?? 600,
    algorithm: 'HS256',
    issuer: 'quorum',
    audience: 'quorum-api',
  });
}

/** An account straight in the database, with an open session: newResident(), newAgent(), … */
export async function newAccount(
  config: AppConfig,
  databaseUrl: string,
  options: NewAccountOptions = {},
): Promise<TestAccount> {
  passwordHash ??= hash(DEFAULT_PASSWORD);
  const suffix = randomBytes(4).toString('hex');
  const email = `person-${suffix}@example.fr`;
  const displayName = options.displayName ?? `Camille ${suffix}`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const verified = options.emailVerified ?? true;
    const neighbourhood = options.neighbourhood ?? null;
    const {
      rows: [account],
    } = await client.query(
      `INSERT INTO account (email, display_name, password_hash, role, email_verified_at,
                            residency_neighbourhood, residency_verified_at, residency_method)
       VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END, $6::text,
               CASE WHEN $6::text IS NOT NULL THEN now() END, CASE WHEN $6::text IS NOT NULL THEN 'AGENT' END)
       RETURNING id`,
      [email, displayName, await passwordHash, options.role ?? 'RESIDENT', verified, neighbourhood],
    );
    const {
      rows: [session],
    } = await client.query(`INSERT INTO session (account_id) VALUES ($1) RETURNING id`, [
      account.id,
    ]);
    return {
      id: account.id,
      email,
      displayName,
      password: DEFAULT_PASSWORD,
      sessionId: session.id,
      token: accessToken(config, account.id, session.id),
    };
  } finally {
    await client.end();
  }
}

export const newResident = (config: AppConfig, url: string, o: NewAccountOptions = {}) =>
  newAccount(config, url, { role: 'RESIDENT', ...o });
export const newVerifiedResident = (config: AppConfig, url: string, o: NewAccountOptions = {}) =>
  newAccount(config, url, { role: 'RESIDENT', neighbourhood: 'centre ville', ...o });
export const newAgent = (config: AppConfig, url: string) =>
  newAccount(config, url, { role: 'AGENT' });
export const newAdmin = (config: AppConfig, url: string) =>
  newAccount(config, url, { role: 'ADMIN' });

export const bearer = (account: { token: string }) => ({
  authorization: `Bearer ${account.token}`,
});
