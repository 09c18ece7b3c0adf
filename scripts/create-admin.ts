/**
 * The first admin, without any default password:
 *   npm run admin:create -- admin@mairie.fr "Prénom Nom"
 * creates the account (or promotes an existing one) and prints a single-use link, valid one hour,
 * where the person chooses their password (the resetPassword mutation).
 */
import { Clock } from '@quorum/core';
import { AccountTokenService } from '@quorum/identity';
// A script, not a lib: it builds the token service by hand, with identity's repository, which
// the lib's index keeps to itself.
import { AccountTokenRepository } from '../libs/identity/src/accounts/account-token.repository';
import { dataSourceOptions } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const [rawEmail, displayName] = process.argv.slice(2);
  const { DATABASE_URL: url, PUBLIC_URL: publicUrl = 'http://localhost:3000' } = process.env;
  if (!url || !rawEmail || !/^[^@\s]+@[^@\s]+$/.test(rawEmail)) {
    console.error(
      'usage: DATABASE_URL=… [PUBLIC_URL=…] npm run admin:create -- <email> "<display name>"',
    );
    process.exit(2);
  }
  const email = rawEmail.trim().toLowerCase();
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const token = await dataSource.transaction(async (em) => {
      const [account]: { id: string }[] = await em.query(
        `INSERT INTO account (email, display_name, role, email_verified_at) VALUES ($1, $2, 'ADMIN', now())
         ON CONFLICT (email) WHERE email IS NOT NULL DO UPDATE
           -- Whoever registered the address before keeps nothing: no password, no session.
           SET role = 'ADMIN', password_hash = NULL, email_verified_at = now(), display_name = EXCLUDED.display_name
         RETURNING id`,
        [email, displayName?.trim() || 'Administrateur·rice'],
      );
      await em.query(
        `UPDATE session SET revoked_at = now(), revoked_reason = 'admin-granted' WHERE account_id = $1 AND revoked_at IS NULL`,
        [account.id],
      );
      await new AuditService(dataSource).record(em, {
        actorRole: 'cli',
        action: 'account.admin-granted',
        objectType: 'account',
        objectId: account.id,
        after: { role: 'ADMIN' },
      });
      return new AccountTokenService(new Clock(), new AccountTokenRepository()).create(
        em,
        account.id,
        'RESET_PASSWORD',
      );
    });
    console.log(
      `Admin ${email} is ready. Send them this link (single use, valid one hour) to choose a password:`,
    );
    console.log(`  ${publicUrl.replace(/\/+$/, '')}/compte/mot-de-passe?token=${token}`);
    console.log('(It calls the resetPassword mutation with that token.)');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
