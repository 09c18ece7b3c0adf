import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Place } from './place.entity';

/** A resident's report of an accessibility problem with a place, answered publicly by the town hall. */
@Entity()
@Index('place_report_place_idx', ['placeId', 'createdAt'])
export class PlaceReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  placeId!: string;

  @ManyToOne(() => Place, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;

  /** Null once its author erased their account: the report and its answer stay public. */
  @Column('uuid', { nullable: true })
  authorId!: string | null;

  @Column('text')
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt!: Date | null;

  @Column('uuid', { nullable: true })
  answeredBy!: string | null;

  /** Set when an agent hid it (moderation): out of every public read, kept for the audit. */
  @Column('timestamptz', { nullable: true })
  hiddenAt!: Date | null;

  /** Why it was hidden (the audit log has it too). */
  @Column('text', { nullable: true })
  hiddenReason!: string | null;

  @Column('uuid', { nullable: true })
  hiddenBy!: string | null;
}
