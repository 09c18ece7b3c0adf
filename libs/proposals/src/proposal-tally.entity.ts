import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many proposals a council has in each status, category and moderation state: kept by
 * triggers on `proposal` (migration `ProposalListings`) in the transaction that changes a row, so
 * `totalCount` of a listing is exact without counting the listing's rows.
 */
@Entity()
export class ProposalTally {
  @PrimaryColumn('uuid')
  councilId!: string;

  @PrimaryColumn('text')
  status!: string;

  @PrimaryColumn('text')
  category!: string;

  @PrimaryColumn('boolean')
  hidden!: boolean;

  @Column('int')
  n!: number;
}
