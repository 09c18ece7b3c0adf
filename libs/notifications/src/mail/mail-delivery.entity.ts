import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One e-mail handed to the SMTP server. The unique key (one per outbox event and recipient)
 * makes a retried or replayed job skip a message already sent.
 */
@Entity()
export class MailDelivery {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text', { unique: true })
  deliveryKey!: string;

  @Column('text')
  template!: string;

  @Column('text', { nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
