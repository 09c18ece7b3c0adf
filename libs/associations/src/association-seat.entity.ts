import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which association a seat of a council's associations college was given for. The seat itself is
 * the councils lib's membership (its term, its end); this row only says on whose behalf it is held.
 */
@Entity('association_seat')
@Index('association_seat_association_idx', ['associationId'])
export class AssociationSeatRecord {
  @PrimaryColumn('uuid')
  membershipId!: string;

  @Column('uuid')
  associationId!: string;

  @Column('uuid')
  councilId!: string;

  @Column('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
