import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Council } from './council.entity';

/**
 * One version of a council's charter (SPEC §2). A change writes a new version: whatever already
 * started under a version (an open ballot) keeps it.
 */
@Entity()
@Index('council_charter_version_key', ['councilId', 'version'], { unique: true })
export class CouncilCharter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council?: Council;

  @Column('int')
  version!: number;

  @Column('int')
  supportThreshold!: number;

  @Column('int')
  supportWindowDays!: number;

  @Column('int')
  responseDeadlineDays!: number;

  @Column('int')
  convocationNoticeDays!: number;

  /** Members present or represented needed to vote; null: a majority of the members in office. */
  @Column('int', { nullable: true })
  quorum!: number | null;

  @Column('int')
  minutesPublicationDays!: number;

  @Column('int')
  oppositionAgendaQuota!: number;

  @Column('int')
  termYears!: number;

  /** The co-chair must come from the residents' college (the chair is shared with residents). */
  @Column('boolean')
  residentCoChairRequired!: boolean;

  @Column('int')
  residentSeats!: number;

  @Column('int')
  associationSeats!: number;

  @Column('int')
  majoritySeats!: number;

  @Column('int')
  oppositionSeats!: number;

  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
