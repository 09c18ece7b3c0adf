import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Meeting } from '../meeting.entity';

export const AGENDA_ITEM_KINDS = [
  'QUALIFIED_PROPOSAL',
  'TOWN_HALL',
  'OPPOSITION',
  'QUESTION',
  'MINUTES',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/**
 * An item of a meeting's agenda. A qualified proposal appears at most once per meeting; minutes
 * items put a previous meeting's minutes to the vote.
 */
@Entity()
@Index('agenda_item_meeting_idx', ['meetingId', 'position'])
@Index('agenda_item_proposal_key', ['meetingId', 'proposalId'], {
  unique: true,
  where: 'proposal_id IS NOT NULL',
})
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  meetingId!: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @Column('int')
  position!: number;

  @Column('text')
  kind!: AgendaItemKind;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  descriptionMarkdown!: string;

  @Column('text', { default: '' })
  descriptionHtml!: string;

  @Column('uuid', { nullable: true })
  proposalId!: string | null;

  @Column('uuid', { nullable: true })
  minutesId!: string | null;

  /** Who added it; null when the server placed it (a qualified proposal). */
  @Column('uuid', { nullable: true })
  addedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
