import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-catalogue';

export const JOB_HANDLER = Symbol('quorum:job-handler');

/** What the processor hands a handler: the outbox row's id and its payload, reloaded. */
export interface JobContext<P> {
  outboxId: string;
  payload: P;
  attempt: number;
}

export interface JobHandler<P = unknown> {
  handle(context: JobContext<P>): Promise<void>;
}

/** Marks a provider as the handler of these job names (each name has exactly one handler). */
export const HandlesJob = (...names: JobName[]): ClassDecorator => SetMetadata(JOB_HANDLER, names);

/**
 * A failure that retrying cannot fix (e.g. an address the mail server refuses): the job goes to
 * the dead-letter path at once instead of using up its attempts.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
