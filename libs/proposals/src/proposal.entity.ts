import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'QUALIFIED',
  'ON_AGENDA',
  'ADOPTED',
  'REJECTED',
  'ANSWERED',
  'IMPLEMENTED',
  'WITHDRAWN',
  'EXPIRED',
  'HIDDEN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_CATEGORIES = [
  'MOBILITY',
  'ENVIRONMENT',
  'PUBLIC_SPACE',
  'CULTURE_SPORT',
  'SOLIDARITY',
  'SAFETY',
  'EDUCATION_YOUTH',
  'OTHER',
] as const;
export type ProposalCategory = (typeof PROPOSAL_CATEGORIES)[number];

/**
 * A resident's proposal to their council (SPEC §3). `supportCount` is kept by the same statement
 * that records or removes a support, on this row only: exact, and no lock wider than the proposal.
 */
@Entity()
// Similarity, NEWEST and hidden-only indexes are written by hand in the migrations (GIN, expressions).
@Index('proposal_title_trgm_idx', { synchronize: false })
@Index('proposal_newest_idx', { synchronize: false })
@Index('proposal_council_newest_idx', { synchronize: false })
@Index('proposal_hidden_idx', { synchronize: false })
// One index per allow-listed order of the listing (ProposalRepository.page).
@Index('proposal_council_status_supported_idx', ['councilId', 'status', 'supportCount', 'id'])
@Index('proposal_most_supported_idx', ['supportCount', 'id'])
@Index('proposal_recently_active_idx', ['lastActivityAt', 'id'])
@Index('proposal_author_idx', ['authorId'])
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  bodyMarkdown!: string;

  /** Rendered and sanitized by the server (no raw HTML survives). */
  @Column('text')
  bodyHtml!: string;

  @Column('text')
  category!: ProposalCategory;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('double precision', { nullable: true })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  longitude!: number | null;

  @Column('text')
  status!: ProposalStatus;

  @Column('int', { default: 0 })
  supportCount!: number;

  /** The charter's threshold when the proposal was published (a later change does not apply). */
  @Column('int', { nullable: true })
  supportThreshold!: number | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  expiresAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  qualifiedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  /**
   * Moderation hides a proposal without touching its status (HIDDEN is what people see): an
   * adopted proposal stays adopted, and its answer stays due, in public.
   */
  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  @Column('text', { nullable: true })
  hiddenReason!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('date', { nullable: true })
  answerDeadline!: string | null;

  @Column('text', { nullable: true })
  answer!: 'ACCEPTED' | 'PARTIALLY_ACCEPTED' | 'DECLINED' | null;

  @Column('text', { nullable: true })
  answerJustification!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  implementedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastActivityAt!: Date;
}
