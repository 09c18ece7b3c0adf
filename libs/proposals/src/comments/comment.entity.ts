import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Proposal } from '../proposal.entity';

/** A comment on a proposal, or a reply to one (one level only). */
@Entity()
@Index('comment_proposal_idx', ['proposalId', 'createdAt'])
// Under its foreign key: a comment's replies, found when it is deleted.
@Index('comment_parent_idx', ['parentId'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  proposalId!: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Proposal;

  @Column('uuid')
  authorId!: string;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Comment;

  @Column('text')
  bodyMarkdown!: string;

  @Column('text')
  bodyHtml!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  @Column('text', { nullable: true })
  hiddenReason!: string | null;
}
