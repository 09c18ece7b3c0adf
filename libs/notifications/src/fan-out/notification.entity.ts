import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * An in-app notification: one per (event, recipient), by a unique key, so a fan-out that runs
 * again after a crash or a replay adds nothing.
 */
@Entity()
@Index('notification_once_key', ['eventId', 'accountId'], { unique: true })
@Index('notification_inbox_idx', ['accountId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The outbox event it comes from. */
  @Column('bigint')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  /** Where the item is, on the public site. */
  @Column('text')
  link!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}

export const EMAIL_STATUSES = [
  'PENDING',
  'SENT',
  'DIGEST',
  'DIGESTED',
  'FAILED',
  'DROPPED',
] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * The e-mail channel of a notification: one per (event, recipient), by a unique key. PENDING
 * waits for its job, DIGEST for the daily digest; SENT, DIGESTED, FAILED and DROPPED (turned off
 * before it left) are final.
 */
@Entity()
@Index('notification_email_once_key', ['eventId', 'accountId'], { unique: true })
@Index('notification_email_status_idx', ['status', 'accountId'])
// Under its foreign key: deleting a notification (an account's erasure) finds its e-mail row.
@Index('notification_email_notification_idx', ['notificationId'])
export class NotificationEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  notificationId!: string;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;

  @Column('bigint')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('uuid')
  accountId!: string;

  @Column('text')
  status!: EmailStatus;

  /** Sent at once whatever the person's preferences (alwaysImmediate); turning its type off keeps it. */
  @Column('boolean', { default: false })
  forced!: boolean;

  @Column('uuid', { nullable: true })
  digestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}

/** A daily digest: the DIGEST e-mails of one person, gathered once (they point to it). */
@Entity()
export class NotificationDigest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}

/** A person's e-mail choice for one event type; none means the event's default. */
@Entity()
export class NotificationPreference {
  @PrimaryColumn('uuid')
  accountId!: string;

  @PrimaryColumn('text')
  eventType!: string;

  @Column('text')
  mode!: 'IMMEDIATE' | 'DAILY_DIGEST' | 'OFF';

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
