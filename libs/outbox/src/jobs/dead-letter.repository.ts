import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeadLetter } from './dead-letter.entity';

/** A job that failed for good, as recorded. */
export interface DeadLetterRecord {
  jobId: string;
  jobName: string;
  outboxEventId: string | null;
  attempts: number;
  /** Already masked (see deadLetterError). */
  error: string;
}

/** What admins see of a dead letter. */
export interface FailedJobRow {
  jobId: string;
  jobName: string;
  attempts: number;
  error: string;
  failedAt: Date;
}

/** Jobs that failed for good, kept for admins. */
@Injectable()
export class DeadLetterRepository {
  /** The job id is unique: a second record of the same job is ignored. */
  async record(em: EntityManager, letter: DeadLetterRecord): Promise<void> {
    await em.createQueryBuilder().insert().into(DeadLetter).values(letter).orIgnore().execute();
  }

  /** The latest first. */
  latest(em: EntityManager, first: number): Promise<FailedJobRow[]> {
    return em.query(
      `SELECT job_id AS "jobId", job_name AS "jobName", attempts, error, failed_at AS "failedAt"
         FROM dead_letter ORDER BY failed_at DESC, id DESC LIMIT $1`,
      [first],
    );
  }
}
