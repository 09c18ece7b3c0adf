import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Council } from '../council.entity';
import type { PoolEntry } from './draw';

/**
 * A draw by lot, in two public steps: announced (pool frozen in a fixed order, seed rule
 * published), then drawn with the seed. Everything needed to recompute it is stored here.
 */
@Entity()
@Index('sortition_announced_key', ['councilId'], { unique: true, where: "status = 'ANNOUNCED'" })
// Under its foreign key: every draw of a council, not only the announced one.
@Index('sortition_council_idx', ['councilId'])
export class Sortition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @Column('text')
  status!: 'ANNOUNCED' | 'DRAWN';

  @Column('int')
  seats!: number;

  @Column('text')
  algorithm!: string;

  /** How the seed will be chosen, published before the draw (e.g. a lottery's numbers of a date). */
  @Column('text')
  seedRule!: string;

  @Column('text', { nullable: true })
  seed!: string | null;

  /** The frozen pool, in draw order: volunteer ids and declared genders. */
  @Column('jsonb')
  pool!: PoolEntry[];

  /** The volunteer ids drawn, in the order drawn. */
  @Column('jsonb', { nullable: true })
  result!: string[] | null;

  @Column('timestamptz')
  announcedAt!: Date;

  @Column('timestamptz', { nullable: true })
  drawnAt!: Date | null;
}
