import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** DRAFT until an agent publishes it; WITHDRAWN when the service stopped or moved (kept, not shown). */
export const ENTRY_STATUSES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/**
 * A service of the solidarity information page (SPEC §10): what, for whom, where, when, how to
 * get there, run by a partner association or by a public service (named), town-wide or for one
 * council's neighbourhood, with the day its association or an agent last checked it.
 */
@Entity()
@Index('solidarity_entry_association_idx', ['associationId'])
@Index('solidarity_entry_council_idx', ['councilId'])
@Check('solidarity_entry_status_check', `status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')`)
@Check('solidarity_entry_operator_check', `association_id IS NOT NULL OR operator_name IS NOT NULL`)
export class SolidarityEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The partner association that runs it (its members keep it up to date). */
  @Column('uuid', { nullable: true })
  associationId!: string | null;

  /** Who runs it when no partner association does: a public service (CCAS, CAF…) or an organisation. */
  @Column('text', { nullable: true })
  operatorName!: string | null;

  /** Null: for the whole town. */
  @Column('uuid', { nullable: true })
  councilId!: string | null;

  /** What: the service's name ("Distribution alimentaire"). */
  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  /** For whom. */
  @Column('text', { default: '' })
  audience!: string;

  /** Where: the address. */
  @Column('text', { default: '' })
  address!: string;

  /** When: opening hours, as said to people. */
  @Column('text', { default: '' })
  hours!: string;

  /** How to get there (bus, tram, on foot). */
  @Column('text', { default: '' })
  access!: string;

  @Column('text', { default: '' })
  accessibility!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  /** "Gratuit", "1 € le repas"… */
  @Column('text', { default: '' })
  cost!: string;

  /** A phone number or an address to reach the service. */
  @Column('text', { default: '' })
  contact!: string;

  @Column('text', { nullable: true })
  soliguideUrl!: string | null;

  @Column('text')
  status!: EntryStatus;

  /** The town's calendar day it was last checked by its association or an agent. */
  @Column('date')
  lastCheckedOn!: string;

  @Column('uuid', { nullable: true })
  lastCheckedBy!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
