import { SetMetadata } from '@nestjs/common';

export const SCHEDULED_TASK = Symbol('quorum:scheduled-task');

export interface ScheduledTaskOptions {
  name: string;
  everyMs: number;
}

/** A periodic task of the worker (expiries, reminders, digests). */
export interface ScheduledTask {
  run(): Promise<void>;
}

/**
 * Runs the provider's `run()` every `everyMs`, through a BullMQ job scheduler: with several
 * workers, each occurrence runs once, on one of them.
 */
export const RunsEvery = (name: string, everyMs: number): ClassDecorator =>
  SetMetadata(SCHEDULED_TASK, { name, everyMs } satisfies ScheduledTaskOptions);
