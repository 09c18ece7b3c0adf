import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import type { AttendanceLine } from '../rules/attendance-line';

/** The attendance sheet of each open meeting: one line per member in office at the opening. */
@Injectable()
export class AttendanceRepository {
  async sheet(em: EntityManager, meetingId: string): Promise<AttendanceLine[]> {
    return queryRows<AttendanceLine>(
      em,
      `SELECT account_id AS "accountId", status, proxy_holder_id AS "proxyHolderId"
         FROM attendance WHERE meeting_id = $1`,
      [meetingId],
    );
  }

  /** The lines of these members at the meeting, by member (a member not listed has none). */
  async linesOf(
    em: EntityManager,
    meetingId: string,
    accountIds: string[],
  ): Promise<Map<string, AttendanceLine>> {
    const rows = await queryRows<AttendanceLine>(
      em,
      `SELECT account_id AS "accountId", status, proxy_holder_id AS "proxyHolderId"
         FROM attendance WHERE meeting_id = $1 AND account_id = ANY($2)`,
      [meetingId, accountIds],
    );
    return new Map(rows.map((line) => [line.accountId, line]));
  }

  /** The sheet of a meeting that opens: every member starts absent. */
  async startAbsent(em: EntityManager, meetingId: string, accountIds: string[]): Promise<void> {
    await queryRows(
      em,
      `INSERT INTO attendance (meeting_id, account_id, status)
       SELECT $1, unnest($2::uuid[]), 'ABSENT'`,
      [meetingId, accountIds],
    );
  }

  /**
   * Writes the lines given. The unique index `attendance_one_proxy_key` is the atomic form of
   * "one proxy each" (rules/attendance): 'ONE_PROXY_EACH' when it refuses the change.
   */
  async record(
    em: EntityManager,
    meetingId: string,
    lines: readonly AttendanceLine[],
  ): Promise<'ONE_PROXY_EACH' | null> {
    // Two steps, so that proxies can move from one holder to another in the same call.
    await queryRows(
      em,
      `UPDATE attendance SET status = 'ABSENT', proxy_holder_id = NULL
        WHERE meeting_id = $1 AND account_id = ANY($2::uuid[])`,
      [meetingId, lines.map((l) => l.accountId)],
    );
    try {
      await queryRows(
        em,
        `UPDATE attendance t SET status = e.status, proxy_holder_id = e.proxy_holder_id, recorded_at = clock_now()
           FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS e(account_id, status, proxy_holder_id)
          WHERE t.meeting_id = $1 AND t.account_id = e.account_id`,
        [
          meetingId,
          lines.map((l) => l.accountId),
          lines.map((l) => l.status),
          lines.map((l) => l.proxyHolderId),
        ],
      );
      return null;
    } catch (error) {
      if (
        (error as { driverError?: { constraint?: string } }).driverError?.constraint ===
        'attendance_one_proxy_key'
      )
        return 'ONE_PROXY_EACH';
      throw error;
    }
  }
}
