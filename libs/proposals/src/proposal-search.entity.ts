import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the full-text search of the listing reads, one narrow row per proposal: its words (title
 * weight A, body B, French, accents folded) and the columns the listing's filters test, kept by
 * triggers on `proposal` (migration `ProposalSearchTable`) in the transaction that changes it.
 * A frequent word matches thousands of proposals, each ranked: on `proposal`, whose rows carry
 * both bodies, that read ~10 times the pages it reads here. Supports never touch it.
 */
@Entity()
// Written by hand (GIN, partial): hidden text is never searched.
@Index('proposal_search_vector_idx', { synchronize: false })
export class ProposalSearch {
  /** The proposal's id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('text')
  status!: string;

  @Column('text')
  category!: string;

  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  @Column('tsvector')
  searchVector!: string;
}
