import { DomainError } from '@quorum/core';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { AccountRole } from './account.entity';

export const LAST_ADMIN = new DomainError(
  'PRECONDITION_FAILED',
  {
    fr: "C'est le dernier compte administrateur : donnez d'abord ce rôle à quelqu'un d'autre.",
    en: 'This is the last admin account: give the role to someone else first.',
  },
  { reason: 'LAST_ADMIN' },
);

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

/** Whether giving `role` to `accountId` would leave the platform without any admin. */
export function leavesNoAdmin(admins: string[], accountId: string, role: AccountRole): boolean {
  return role !== 'ADMIN' && admins.length === 1 && admins[0] === accountId;
}
