import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job that failed for good: kept in PostgreSQL so that admins can see it and replay it. */
@Entity()
export class DeadLetter {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text', { unique: true })
  jobId!: string;

  @Column('text')
  jobName!: string;

  @Column('bigint', { nullable: true })
  outboxEventId!: string | null;

  @Column('int')
  attempts!: number;

  @Column('text')
  error!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  failedAt!: Date;
}
