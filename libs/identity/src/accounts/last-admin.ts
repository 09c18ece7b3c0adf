import type { AccountRole } from './account.entity';

/** Whether giving `role` to `accountId` would leave the platform without any admin. */
export function leavesNoAdmin(admins: string[], accountId: string, role: AccountRole): boolean {
  return role !== 'ADMIN' && admins.length === 1 && admins[0] === accountId;
}
