/**
 * When a job stops being retried. BullMQ counts `attemptsMade` before the run in progress; a job
 * without `attempts` in its options has one.
 */

/** The run in progress (`attempt`, from 1) failed: it is final when retrying cannot fix it or none is left. */
export function failsForGood(failure: {
  permanent: boolean;
  attempt: number;
  attempts: number | undefined;
}): boolean {
  return failure.permanent || attemptsUsedUp(failure.attempt, failure.attempts);
}

/** After BullMQ has counted the failed run: whether that was the last attempt. */
export function attemptsUsedUp(attemptsMade: number, attempts: number | undefined): boolean {
  return attemptsMade >= (attempts ?? 1);
}

const ADDRESS = /[^\s<>"'@]+@[^\s<>"'@]+/g;

/**
 * The error as a dead letter keeps it: its name and message, with every e-mail address masked
 * (SMTP replies name the recipient; addresses never stay in the dead-letter table).
 */
export function deadLetterError(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(
    ADDRESS,
    '<address>',
  );
}
