import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One line of the append-only audit trail. `prevHash` and `hash` are set by a PostgreSQL trigger
 * that chains each row to the previous one; UPDATE, DELETE and TRUNCATE are refused by the
 * database itself (see the migration).
 */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryColumn('bigint')
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt!: Date;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  actorRole!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  objectType!: string;

  @Column('text', { nullable: true })
  objectId!: string | null;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  /** Chain version 2: random, in the payload, so a private entry's digest cannot be guessed. */
  @Column('uuid', { nullable: true })
  salt!: string | null;

  /** Chain version 2: SHA-256 of the payload's canonical text (NULL on version-1 rows). */
  @Column('char', { length: 64, nullable: true })
  payloadHash!: string | null;

  @Column('char', { length: 64 })
  prevHash!: string;

  @Column('char', { length: 64 })
  hash!: string;
}
