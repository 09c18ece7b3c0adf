import { DataSource } from 'typeorm';
import { DeadLetter } from './dead-letter.entity';

/** Records a job that failed for good (the job id is unique: a second record is ignored). */
export async function recordDeadLetter(
  dataSource: DataSource,
  letter: {
    jobId: string;
    jobName: string;
    outboxEventId: string | null;
    attempts: number;
    error: unknown;
  },
): Promise<void> {
  const error = letter.error;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(DeadLetter)
    .values({
      jobId: letter.jobId,
      jobName: letter.jobName,
      outboxEventId: letter.outboxEventId,
      attempts: letter.attempts,
      // SMTP replies name the recipient: addresses never stay in the dead-letter table.
      error: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(
        /[^\s<>"'@]+@[^\s<>"'@]+/g,
        '<address>',
      ),
    })
    .orIgnore()
    .execute();
}
