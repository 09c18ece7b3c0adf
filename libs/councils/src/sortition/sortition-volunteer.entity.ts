import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Council } from '../council.entity';

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export type Gender = (typeof GENDERS)[number];

/** A resident who volunteers to be drawn by lot for their council. */
@Entity()
@Index('sortition_volunteer_key', ['councilId', 'accountId'], { unique: true })
export class SortitionVolunteer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  gender!: Gender;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
