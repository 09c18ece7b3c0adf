import { Injectable } from '@nestjs/common';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import {
  attendanceRefused,
  BALLOT_OPEN_DURING_ATTENDANCE,
  MEETING_ACTIONS,
  MEETING_NOT_FOUND,
  meetingWrongState,
} from '../meetings.errors';
import { RecordAttendanceInput } from '../meeting.inputs';
import { MeetingRepository } from '../meeting.repository';
import { attendanceProblem } from '../rules/attendance';
import { AttendanceRepository } from './attendance.repository';

/**
 * Attendance (SPEC §4): present, represented by a present member holding their proxy (one proxy
 * per holder), or absent. Members are those in office at the opening. The rules are checked on
 * the sheet as it will be (rules/attendance), under the meeting's lock.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingRepository,
    private readonly attendance: AttendanceRepository,
  ) {}

  async record(actor: Actor, input: RecordAttendanceInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, input.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      if (meeting.status !== 'OPEN')
        throw meetingWrongState(meeting.status, MEETING_ACTIONS.recordAttendance);
      if (await this.meetings.hasOpenBallot(em, meeting.id)) throw BALLOT_OPEN_DURING_ATTENDANCE();
      const sheet = await this.attendance.sheet(em, meeting.id);
      const problem = attendanceProblem(sheet, input.entries);
      if (problem) throw attendanceRefused(problem);
      const refused = await this.attendance.record(
        em,
        meeting.id,
        input.entries.map((e) => ({
          accountId: e.accountId,
          status: e.status,
          proxyHolderId: e.proxyHolderId ?? null,
        })),
      );
      if (refused) throw attendanceRefused({ entry: null, problem: refused });
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
