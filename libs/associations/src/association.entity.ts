import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** What an association works on (SPEC §10); the solidarity page and works consultations filter on them. */
export const ASSOCIATION_FIELDS = [
  'FOOD_AID',
  'HOUSING',
  'HEALTH',
  'ACCESS_TO_RIGHTS',
  'MOBILITY',
  'DISABILITY',
  'EMPLOYMENT',
  'EDUCATION',
  'CULTURE',
  'OTHER',
] as const;
export type AssociationField = (typeof ASSOCIATION_FIELDS)[number];

/**
 * Where an association stands with the town hall: proposed (PENDING), approved as a PARTNER,
 * DECLINED, or SUSPENDED (a partnership paused). Only partners are public and act as partners.
 */
export const ASSOCIATION_STATUSES = ['PENDING', 'PARTNER', 'DECLINED', 'SUSPENDED'] as const;
export type AssociationStatus = (typeof ASSOCIATION_STATUSES)[number];

/** A local association, proposed by its members or registered by an agent, approved by agents. */
@Entity()
@Check('association_status_check', `status IN ('PENDING', 'PARTNER', 'DECLINED', 'SUSPENDED')`)
export class Association {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** Public description, plain text. */
  @Column('text')
  description!: string;

  /** The association's public contact (an address, a phone, a web site), as it wants it shown. */
  @Column('text', { nullable: true })
  contactEmail!: string | null;

  @Column('text', { nullable: true })
  contactPhone!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { array: true })
  fields!: AssociationField[];

  @Column('text')
  status!: AssociationStatus;

  /** Why the town hall declined or suspended it (public to its members and agents). */
  @Column('text', { nullable: true })
  statusReason!: string | null;

  @Column('uuid', { nullable: true })
  proposedBy!: string | null;

  /** The agent who made it a partner, and when (the last approval). */
  @Column('uuid', { nullable: true })
  approvedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
