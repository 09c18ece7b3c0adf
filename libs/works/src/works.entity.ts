import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** Why a detour does not work, as a resident reports it. */
export const DETOUR_PROBLEMS = ['BLOCKED', 'DANGEROUS', 'NOT_ACCESSIBLE'] as const;
export type DetourProblem = (typeof DETOUR_PROBLEMS)[number];

/**
 * A works project posted by the town hall (issue 19): what, where, when. Its pedestrian detour
 * is in `works_detour`, one row per version; `detourVersion` is the one in force.
 */
@Entity()
@Index('works_dates_idx', ['endsOn', 'startsOn'])
export class Works {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('text')
  address!: string;

  /** GeoJSON text (a geometry), checked by rules/geometry.ts; no map is drawn from it. */
  @Column('text', { nullable: true })
  geometry!: string | null;

  @Column('date')
  startsOn!: string;

  @Column('date')
  endsOn!: string;

  /** The date before which partner associations are asked to give their assessment. */
  @Column('date', { nullable: true })
  assessmentDueOn!: string | null;

  @Column('int', { default: 1 })
  detourVersion!: number;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A council whose perimeter the works are in (its followers hear of them). */
@Entity()
@Index('works_council_council_idx', ['councilId'])
export class WorksCouncil {
  @PrimaryColumn('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @PrimaryColumn('uuid')
  councilId!: string;
}

/** One version of a works project's pedestrian detour: never changed, a change is a new version. */
@Entity()
@Index('works_detour_version_key', ['worksId', 'version'], { unique: true })
export class WorksDetour {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @Column('int')
  version!: number;

  @Column('text')
  description!: string;

  @Column('boolean')
  accessible!: boolean;

  /** Why the town hall changed it (null for the first version). */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Someone's report that the detour does not work, and the town hall's public answer. */
@Entity()
@Index('works_report_works_idx', ['worksId', 'createdAt'])
@Index('works_report_author_idx', ['authorId'])
export class WorksReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  /** The detour's version the report is about. */
  @Column('int')
  detourVersion!: number;

  /** Null once its author's account is erased: the report and its answer stay public. */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text')
  problem!: DetourProblem;

  @Column('text')
  place!: string;

  @Column('text')
  description!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('uuid', { nullable: true })
  answeredBy!: string | null;

  /** Set when an agent hid it (moderation): out of every public read, kept for the audit. */
  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  /** Why it was hidden (the audit log has it too). */
  @Column('text', { nullable: true })
  hiddenReason!: string | null;

  @Column('uuid', { nullable: true })
  hiddenBy!: string | null;
}

/** Someone who follows a works project (hears of its detour's changes). */
@Entity()
@Index('works_follower_account_idx', ['accountId'])
export class WorksFollower {
  @PrimaryColumn('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @PrimaryColumn('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** What a partner association thinks of the planned detour. */
export const ASSESSMENT_OPINIONS = ['FAVOURABLE', 'RESERVED', 'UNFAVOURABLE'] as const;
export type AssessmentOpinion = (typeof ASSESSMENT_OPINIONS)[number];

/**
 * A partner association (fields MOBILITY or DISABILITY when the works were posted) asked for its
 * assessment of the works' detour.
 */
@Entity()
export class WorksAssessmentRequest {
  @PrimaryColumn('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @PrimaryColumn('uuid')
  associationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;
}

/**
 * The accounts acting for an association asked, when it was asked: who the request notifies
 * (associations' members are that lib's table; the request keeps its own list of recipients).
 */
@Entity()
@Index('works_assessment_invitee_account_idx', ['accountId'])
export class WorksAssessmentInvitee {
  @PrimaryColumn('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @PrimaryColumn('uuid')
  associationId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;
}

/** An association's assessment of the works' detour: one per association, by one of its members. */
@Entity()
@Index('works_assessment_association_key', ['worksId', 'associationId'], { unique: true })
export class WorksAssessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  worksId!: string;

  @ManyToOne(() => Works, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'works_id' })
  works?: Works;

  @Column('uuid')
  associationId!: string;

  /** The member who wrote it; null once their account is erased (the assessment is the association's). */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  /** The detour's version it is about. */
  @Column('int')
  detourVersion!: number;

  @Column('text')
  opinion!: AssessmentOpinion;

  @Column('text')
  comment!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
