import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Meeting } from '../meeting.entity';
import { AgendaItem } from '../agenda/agenda-item.entity';

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/**
 * A ballot on an agenda item: OPEN → CLOSED. The result is written once, at close, and a trigger
 * refuses any later change. One ballot per item, one open ballot per meeting.
 */
@Entity()
@Index('ballot_item_key', ['agendaItemId'], { unique: true })
@Index('ballot_one_open_key', ['meetingId'], { unique: true, where: "status = 'OPEN'" })
// Under its foreign key: every ballot of a meeting, not only the open one.
@Index('ballot_meeting_idx', ['meetingId'])
export class Ballot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('uuid')
  agendaItemId!: string;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItem;

  @Column('boolean')
  secret!: boolean;

  @Column('text')
  status!: 'OPEN' | 'CLOSED';

  @Column('timestamptz', { default: () => 'now()' })
  openedAt!: Date;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** At close: members present or represented, and the quorum the meeting required. */
  @Column('int', { nullable: true })
  presentCount!: number | null;

  @Column('int', { nullable: true })
  quorumRequired!: number | null;

  @Column('boolean', { nullable: true })
  quorumHeld!: boolean | null;

  @Column('int', { nullable: true })
  forCount!: number | null;

  @Column('int', { nullable: true })
  againstCount!: number | null;

  @Column('int', { nullable: true })
  abstainCount!: number | null;

  @Column('boolean', { nullable: true })
  adopted!: boolean | null;
}

/** A vote in a public ballot: the roll call. One per voter, by the primary key. */
@Entity()
@Check('ballot_vote_choice_check', `choice IN ('FOR', 'AGAINST', 'ABSTAIN')`)
export class BallotVote {
  @PrimaryColumn('uuid')
  ballotId!: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: Ballot;

  /** The member whose vote it is. */
  @PrimaryColumn('uuid')
  voterId!: string;

  /** Who cast it: the member, or the present member holding their proxy. */
  @Column('uuid')
  castBy!: string;

  @Column('text')
  choice!: VoteChoice;

  @Column('timestamptz', { default: () => 'now()' })
  castAt!: Date;
}

/**
 * Who took part in a secret ballot: no choice, no time, no generated id. Choices exist only as
 * the totals of `ballot_secret_tally`, so nothing stored links a voter to a choice.
 */
@Entity()
export class BallotVoter {
  @PrimaryColumn('uuid')
  ballotId!: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: Ballot;

  @PrimaryColumn('uuid')
  voterId!: string;

  @Column('uuid')
  castBy!: string;
}

/** The running totals of a secret ballot: one row per ballot, all three counters in it. */
@Entity()
export class BallotSecretTally {
  @PrimaryColumn('uuid')
  ballotId!: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id' })
  ballot?: Ballot;

  @Column('int', { default: 0 })
  forCount!: number;

  @Column('int', { default: 0 })
  againstCount!: number;

  @Column('int', { default: 0 })
  abstainCount!: number;
}
