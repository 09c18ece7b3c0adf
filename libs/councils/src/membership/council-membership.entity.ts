import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Council } from '../council.entity';

export const COLLEGES = [
  'RESIDENTS',
  'ASSOCIATIONS',
  'ELECTED_MAJORITY',
  'ELECTED_OPPOSITION',
] as const;
export type College = (typeof COLLEGES)[number];

export const COUNCIL_ROLES = ['CHAIR', 'CO_CHAIR', 'SECRETARY', 'MEMBER'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/**
 * A seat held by a person in a council's college, for a term. Ending it keeps the row (history);
 * the database allows one open membership per person and council, and one chair, co-chair and
 * secretary per council at a time.
 */
@Entity()
@Index('council_membership_open_key', ['councilId', 'accountId'], {
  unique: true,
  where: 'ended_at IS NULL',
})
@Index('council_membership_office_key', ['councilId', 'role'], {
  unique: true,
  where: "ended_at IS NULL AND role <> 'MEMBER'",
})
// Under its foreign key: every mandate of a council, ended ones included.
@Index('council_membership_council_idx', ['councilId'])
export class CouncilMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  college!: College;

  @Column('text')
  role!: CouncilRole;

  /** For elected members: their political group. */
  @Column('text', { nullable: true })
  politicalGroup!: string | null;

  @Column('date')
  termStart!: string;

  @Column('date')
  termEnd!: string;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Column('text', { nullable: true })
  endReason!: string | null;

  /** Set when the seat was drawn by lot. */
  @Column('uuid', { nullable: true })
  sortitionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
