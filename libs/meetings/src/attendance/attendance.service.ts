import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { fieldError, meetingWrongState, precondition } from '../meetings.errors';
import { RecordAttendanceInput } from '../meeting.inputs';
import { AttendanceStatusGql } from '../meeting.types';
import { lockMeeting } from '../meeting-lock';

/**
 * Attendance (SPEC §4): present, represented by a present member holding their proxy (one proxy
 * per holder, enforced by a unique index), or absent. Members are those in office at the opening.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async record(actor: Actor, input: RecordAttendanceInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, input.meetingId);
      if (meeting.status !== 'OPEN')
        throw meetingWrongState(meeting.status, {
          fr: 'noter les présences',
          en: 'record attendance',
        });
      const [open] = await em.query(
        `SELECT 1 FROM ballot WHERE meeting_id = $1 AND status = 'OPEN'`,
        [meeting.id],
      );
      if (open) {
        throw precondition(
          'BALLOT_OPEN',
          'Les présences ne changent pas pendant un scrutin : clôturez-le d’abord.',
          'Attendance cannot change while a ballot is open: close it first.',
        );
      }
      const members = new Set(
        (
          (await em.query(`SELECT account_id FROM attendance WHERE meeting_id = $1`, [
            meeting.id,
          ])) as {
            account_id: string;
          }[]
        ).map((m) => m.account_id),
      );
      const seen = new Set<string>();
      input.entries.forEach((entry, i) => {
        const field = `input.entries.${i}`;
        if (!members.has(entry.accountId))
          throw fieldError(
            `${field}.accountId`,
            'n’est pas membre en exercice de ce conseil',
            'is not a member in office',
          );
        if (seen.has(entry.accountId))
          throw fieldError(`${field}.accountId`, 'apparaît deux fois', 'appears twice');
        seen.add(entry.accountId);
        const represented = entry.status === AttendanceStatusGql.REPRESENTED;
        if (represented && !entry.proxyHolderId)
          throw fieldError(
            `${field}.proxyHolderId`,
            'obligatoire pour un membre représenté',
            'required when represented',
          );
        if (!represented && entry.proxyHolderId)
          throw fieldError(
            `${field}.proxyHolderId`,
            'seulement pour un membre représenté',
            'only when represented',
          );
        if (represented && entry.proxyHolderId === entry.accountId)
          throw fieldError(
            `${field}.proxyHolderId`,
            'on ne se donne pas pouvoir à soi-même',
            'cannot be oneself',
          );
        if (represented && !members.has(entry.proxyHolderId!))
          throw fieldError(
            `${field}.proxyHolderId`,
            'n’est pas membre en exercice de ce conseil',
            'is not a member in office',
          );
      });
      // Two steps, so that proxies can move from one holder to another in the same call.
      await em.query(
        `UPDATE attendance SET status = 'ABSENT', proxy_holder_id = NULL
          WHERE meeting_id = $1 AND account_id = ANY($2::uuid[])`,
        [meeting.id, input.entries.map((e) => e.accountId)],
      );
      await em
        .query(
          `UPDATE attendance t SET status = e.status, proxy_holder_id = e.proxy_holder_id, recorded_at = clock_now()
           FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS e(account_id, status, proxy_holder_id)
          WHERE t.meeting_id = $1 AND t.account_id = e.account_id`,
          [
            meeting.id,
            input.entries.map((e) => e.accountId),
            input.entries.map((e) => e.status),
            input.entries.map((e) => e.proxyHolderId ?? null),
          ],
        )
        .catch((error: { driverError?: { constraint?: string } }) => {
          if (error.driverError?.constraint === 'attendance_one_proxy_key')
            throw fieldError(
              'input.entries',
              'un membre présent ne détient qu’un pouvoir',
              'a member holds one proxy at most',
            );
          throw error;
        });
      const invalid: { account_id: string }[] = await em.query(
        `SELECT r.account_id FROM attendance r
           JOIN attendance h ON h.meeting_id = r.meeting_id AND h.account_id = r.proxy_holder_id
          WHERE r.meeting_id = $1 AND r.status = 'REPRESENTED' AND h.status <> 'PRESENT'`,
        [meeting.id],
      );
      if (invalid.length > 0) {
        throw fieldError(
          'input.entries',
          'un pouvoir ne peut être confié qu’à un membre présent',
          'a proxy can only be held by a present member',
        );
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.attendance-recorded',
        objectType: 'meeting',
        objectId: meeting.id,
        after: { entries: input.entries.map((e) => ({ ...e })) },
      });
      return meeting.id;
    });
  }
}
