import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REPORTABLE = ['PROPOSAL', 'COMMENT'] as const;
export type ReportableType = (typeof REPORTABLE)[number];

/** A report of a proposal or comment; one per person per item, by the database. */
@Entity()
@Index('content_report_once_key', ['targetType', 'targetId', 'reporterId'], { unique: true })
export class ContentReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  targetType!: ReportableType;

  @Column('uuid')
  targetId!: string;

  @Column('uuid')
  reporterId!: string;

  @Column('text')
  reason!: string;

  /** Set when moderation reviewed the item after this report. */
  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
