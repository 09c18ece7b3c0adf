import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Keys of things done once across workers: a reminder sent, a deadline stage noticed, an
 * unsubscribe link used. (The table kept the name it had when it lived with notifications.)
 */
@Entity({ name: 'notification_once' })
export class DoneOnce {
  @PrimaryColumn('text')
  key!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
