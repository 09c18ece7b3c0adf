import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AccessStatus } from './place.entity';
import { Place } from './place.entity';

/**
 * One check of a place's accessibility, never changed: the history the progress series is
 * computed from (a place's state on a day is its latest check on or before that day).
 */
@Entity()
@Index('place_check_place_idx', ['placeId', 'checkedOn'])
export class PlaceCheck {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  placeId!: string;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;

  @Column('date')
  checkedOn!: string;

  @Column('text')
  entrance!: AccessStatus;

  @Column('text')
  toilets!: AccessStatus;

  @Column('text')
  hearingLoop!: AccessStatus;

  @Column('text')
  parking!: AccessStatus;

  @Column('text')
  overall!: AccessStatus;

  @Column('text', { nullable: true })
  evidence!: string | null;

  /** The agent who recorded it. */
  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
