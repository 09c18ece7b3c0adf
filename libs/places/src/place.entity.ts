import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PLACE_KINDS = ['TOWN_HALL', 'HALL', 'SCHOOL', 'SPORTS', 'CULTURE', 'OTHER'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What one feature of a place is, as last checked. */
export const ACCESS_STATUSES = ['ACCESSIBLE', 'NOT_ACCESSIBLE', 'UNKNOWN'] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

/** A public place of the town (where councils meet first), with its accessibility as last checked. */
@Entity()
@Index('place_council_idx', ['councilId'])
export class Place {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: PlaceKind;

  @Column('text')
  address!: string;

  /** The council whose neighbourhood it is in, when it is in one. */
  @Column('uuid', { nullable: true })
  councilId!: string | null;

  @Column('text')
  entrance!: AccessStatus;

  @Column('text')
  toilets!: AccessStatus;

  @Column('text')
  hearingLoop!: AccessStatus;

  @Column('text')
  parking!: AccessStatus;

  /** Computed from the four by `overallAccessibility`, stored so that views and lists can filter. */
  @Column('text')
  overall!: AccessStatus;

  @Column('text', { nullable: true })
  evidence!: string | null;

  /** The town's day of the last check, YYYY-MM-DD. */
  @Column('date', { nullable: true })
  checkedOn!: string | null;

  @Column('text', { nullable: true })
  plannedWorks!: string | null;

  @Column('date', { nullable: true })
  plannedWorksOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
