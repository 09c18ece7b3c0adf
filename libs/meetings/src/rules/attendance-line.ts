import type { AttendanceStatus } from '../attendance/attendance.entity';

/** A member's attendance at a meeting, as the rules see it. */
export interface AttendanceLine {
  accountId: string;
  status: AttendanceStatus;
  /** For a represented member: the present member holding their proxy; otherwise null. */
  proxyHolderId: string | null;
}
