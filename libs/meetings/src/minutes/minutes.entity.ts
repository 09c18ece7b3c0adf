import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Meeting } from '../meeting.entity';

export const MINUTES_STATUSES = ['DRAFT', 'SUBMITTED', 'ADOPTED', 'PUBLISHED'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/**
 * A version of a meeting's minutes: DRAFT → SUBMITTED → ADOPTED → PUBLISHED. Published rows are
 * immutable (a trigger refuses changes); a correction is a new version pointing to the previous.
 */
@Entity()
@Index('minutes_version_key', ['meetingId', 'version'], { unique: true })
// Under its foreign key (every foreign key has one: test/migrations.e2e-spec.ts).
@Index('minutes_previous_version_idx', ['previousVersionId'])
@Index('minutes_one_unpublished_key', ['meetingId'], {
  unique: true,
  where: "status <> 'PUBLISHED'",
})
export class Minutes {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('uuid')
  councilId!: string;

  @Column('int')
  version!: number;

  @Column('text')
  status!: MinutesStatus;

  /** What the server wrote from the records (Markdown), refreshed until submission. */
  @Column('text')
  recordMarkdown!: string;

  /** The secretary's summary of the debates (Markdown). */
  @Column('text')
  summaryMarkdown!: string;

  @Column('uuid', { nullable: true })
  previousVersionId!: string | null;

  @ManyToOne(() => Minutes, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_version_id' })
  previousVersion?: Minutes;

  @Column('uuid')
  draftedBy!: string;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  adoptedAt!: Date | null;

  @Column('uuid', { nullable: true })
  adoptedByBallotId!: string | null;

  /** Adoption date + the charter's minutesPublicationDays. */
  @Column('date', { nullable: true })
  publicationDue!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('uuid', { nullable: true })
  publishedBy!: string | null;

  /** The published document (Markdown) and the SHA-256 of its UTF-8 bytes, in hex. */
  @Column('text', { nullable: true })
  document!: string | null;

  @Column('text', { nullable: true })
  contentHash!: string | null;

  /**
   * The audit chain's head at publication (its last link's id and hash), printed in the
   * document: a later rewrite of the chain shows against it.
   */
  @Column('bigint', { nullable: true })
  auditAnchorId!: string | null;

  @Column('char', { length: 64, nullable: true })
  auditAnchorHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * An opposition councillor's statement, attached to minutes (until publication) or to an official
 * answer, published verbatim. Only its author changes it.
 */
@Entity()
@Index('opposition_statement_minutes_key', ['minutesId', 'authorId'], {
  unique: true,
  where: 'minutes_id IS NOT NULL',
})
@Index('opposition_statement_answer_key', ['proposalId', 'authorId'], {
  unique: true,
  where: 'proposal_id IS NOT NULL',
})
@Check('opposition_statement_target_check', '(minutes_id IS NULL) <> (proposal_id IS NULL)')
export class OppositionStatement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @Column('uuid')
  authorId!: string;

  /** The author's political group when they wrote it. */
  @Column('text')
  politicalGroup!: string;

  @Column('uuid', { nullable: true })
  minutesId!: string | null;

  @ManyToOne(() => Minutes, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'minutes_id' })
  minutes?: Minutes;

  @Column('uuid', { nullable: true })
  proposalId!: string | null;

  @Column('text')
  bodyMarkdown!: string;

  @Column('text')
  bodyHtml!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
