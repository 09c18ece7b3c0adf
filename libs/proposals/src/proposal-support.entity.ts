import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Proposal } from './proposal.entity';

/** One support of one verified resident: the primary key makes a second one impossible. */
@Entity()
export class ProposalSupport {
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
