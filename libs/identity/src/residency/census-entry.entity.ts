import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { CensusImport } from './census-import.entity';

/**
 * One person of an imported census list, as a keyed hash (HMAC-SHA256 with CENSUS_HASH_KEY) of
 * their normalised last name, first names, birth date and neighbourhood; never in clear.
 */
@Entity()
// Under its foreign key: an import's entries, found when it is deleted.
@Index('census_entry_import_idx', ['importId'])
export class CensusEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('char', { length: 64, unique: true })
  entryHash!: string;

  @Column('uuid')
  importId!: string;

  @ManyToOne(() => CensusImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  censusImport?: CensusImport;

  /** The one account that claimed this entry. */
  @Column('uuid', { nullable: true, unique: true })
  claimedBy!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'claimed_by' })
  claimant?: Account;

  @Column('timestamptz', { nullable: true })
  claimedAt!: Date | null;
}
