import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Account } from './account.entity';

export type AccountTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

/** A single-use, expiring token sent by e-mail (address check, password reset), stored hashed. */
@Entity()
@Index('account_token_account_idx', ['accountId'])
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;

  @Column('text')
  purpose!: AccountTokenPurpose;

  @Column('char', { length: 64, unique: true })
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
