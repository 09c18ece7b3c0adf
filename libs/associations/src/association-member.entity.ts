import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An account acting on an association's behalf: keeps its entries, answers consultations. */
@Entity()
@Index('association_member_account_idx', ['accountId'])
export class AssociationMember {
  @PrimaryColumn('uuid')
  associationId!: string;

  @PrimaryColumn('uuid')
  accountId!: string;

  /** Who added them: an agent, another member, or themselves when proposing the association. */
  @Column('uuid', { nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
