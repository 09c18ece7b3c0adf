import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MEETING_STATUSES = ['DRAFT', 'CONVENED', 'OPEN', 'CLOSED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A council meeting (SPEC §4): DRAFT → CONVENED → OPEN → CLOSED, or CANCELLED with a reason. */
@Entity()
@Index('meeting_council_starts_idx', ['councilId', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @Column('text')
  status!: MeetingStatus;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('text')
  place!: string;

  /** The place in the register (libs/places), when it is one; `place` keeps the words shown. */
  @Column('uuid', { nullable: true })
  placeId!: string | null;

  /** Accessible to people with reduced mobility. */
  @Column('boolean')
  accessible!: boolean;

  @Column('text', { nullable: true })
  accessibilityDetails!: string | null;

  /** Open to the public, or closed (huis clos). Its records are public either way. */
  @Column('boolean')
  isPublic!: boolean;

  @Column('uuid')
  scheduledBy!: string;

  @Column('timestamptz', { nullable: true })
  convenedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  openedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;

  /** Frozen when the meeting opens: members in office and the quorum they make. */
  @Column('int', { nullable: true })
  membersInOffice!: number | null;

  @Column('int', { nullable: true })
  quorumRequired!: number | null;

  /** Who chaired (the chair in office at the opening, or the co-chair when there is none). */
  @Column('uuid', { nullable: true })
  chairedBy!: string | null;

  /**
   * Bumped by a trigger (migration OpenDataViews) on every change a calendar shows: the
   * iCalendar SEQUENCE, so subscribed calendars replace the event rather than keep the old one.
   */
  @Column('int', { default: 0 })
  revision!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
