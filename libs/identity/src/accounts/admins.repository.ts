import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';

/**
 * Every admin row locked, in one order: two changes that could each remove an admin (a demotion,
 * a deletion) queue here, and the second sees the first's.
 */
export async function lockAdmins(em: EntityManager): Promise<string[]> {
  const admins = await queryRows<{ id: string }>(
    em,
    `SELECT id FROM account WHERE role = 'ADMIN' AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
  );
  return admins.map((a) => a.id);
}
