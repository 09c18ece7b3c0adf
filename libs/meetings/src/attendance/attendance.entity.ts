import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Meeting } from '../meeting.entity';

export const ATTENDANCE_STATUSES = ['PRESENT', 'REPRESENTED', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * A member's attendance at a meeting. A represented member names the present member holding
 * their proxy; the database allows one proxy per holder.
 */
@Entity()
@Index('attendance_one_proxy_key', ['meetingId', 'proxyHolderId'], {
  unique: true,
  where: 'proxy_holder_id IS NOT NULL',
})
@Check(
  'attendance_proxy_check',
  `(status = 'REPRESENTED') = (proxy_holder_id IS NOT NULL) AND proxy_holder_id IS DISTINCT FROM account_id`,
)
export class Attendance {
  @PrimaryColumn('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @PrimaryColumn('uuid')
  accountId!: string;

  @Column('text')
  status!: AttendanceStatus;

  @Column('uuid', { nullable: true })
  proxyHolderId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
