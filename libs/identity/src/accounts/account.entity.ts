import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_ROLES = ['RESIDENT', 'AGENT', 'ADMIN'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const RESIDENCY_METHODS = ['AGENT', 'CENSUS'] as const;
export type ResidencyMethod = (typeof RESIDENCY_METHODS)[number];

/**
 * A person's account: the minimum the platform needs (SPEC §1). When the person deletes it, the
 * row stays so their public contributions keep an author, but every personal field is erased.
 */
@Entity()
@Index('account_email_key', ['email'], { unique: true, where: 'email IS NOT NULL' })
// Made by the AccountDirectory migration (expressions and operator classes TypeORM cannot declare).
@Index('account_email_trgm_idx', { synchronize: false })
@Index('account_display_name_trgm_idx', { synchronize: false })
@Index('account_awaiting_residency_idx', { synchronize: false })
// The town hall's accounts, whom agents' notices reach (TownHallAccountsIndex migration).
@Index('account_town_hall_idx', { synchronize: false })
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased; null once the account is deleted. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text')
  displayName!: string;

  /** argon2id; null when deleted or not set yet (an admin created from the command line). */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('text', { default: 'RESIDENT' })
  role!: AccountRole;

  @Column('text', { default: 'fr' })
  locale!: 'fr' | 'en';

  @Column('timestamptz', { nullable: true })
  emailVerifiedAt!: Date | null;

  /** The neighbourhood where the person's residency was verified (normalised name). */
  @Column('text', { nullable: true })
  residencyNeighbourhood!: string | null;

  @Column('timestamptz', { nullable: true })
  residencyVerifiedAt!: Date | null;

  @Column('text', { nullable: true })
  residencyMethod!: ResidencyMethod | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  deletedAt!: Date | null;
}
