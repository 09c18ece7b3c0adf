import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Account } from '../accounts/account.entity';
import { CensusEntry } from './census-entry.entity';

/**
 * A claim of a census entry that another account already holds: the claimant was answered as if
 * nothing matched (no census oracle), agents see it here to sort it out. Never public.
 */
@Entity()
// Under its foreign keys: an entry's or an account's claims, found when either is deleted.
@Index('contested_census_claim_entry_idx', ['entryId'])
@Index('contested_census_claim_claimant_idx', ['claimantId'])
export class ContestedCensusClaim {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('bigint')
  entryId!: string;

  @ManyToOne(() => CensusEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: CensusEntry;

  @Column('uuid')
  claimantId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claimant_id' })
  claimant?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  claimedAt!: Date;
}
