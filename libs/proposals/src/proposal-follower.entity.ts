import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Proposal } from './proposal.entity';

/** Someone who wants to hear of a proposal's steps (SPEC §1: residents follow proposals). */
@Entity()
export class ProposalFollower {
  @PrimaryColumn('uuid')
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @PrimaryColumn('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
