import { DomainError } from '@quorum/core';
import type { AccountRole } from './account.entity';

export const LAST_ADMIN = new DomainError(
  'PRECONDITION_FAILED',
  {
    fr: "C'est le dernier compte administrateur : donnez d'abord ce rôle à quelqu'un d'autre.",
    en: 'This is the last admin account: give the role to someone else first.',
  },
  { reason: 'LAST_ADMIN' },
);

/** Whether giving `role` to `accountId` would leave the platform without any admin. */
export function leavesNoAdmin(admins: string[], accountId: string, role: AccountRole): boolean {
  return role !== 'ADMIN' && admins.length === 1 && admins[0] === accountId;
}
