import { MailRequestedPayload } from '../mail/mail-requested.payload';

/**
 * Every event type the outbox carries, with its payload. Each one is a BullMQ job name that
 * must have exactly one handler in the worker (checked at boot).
 */
export interface JobCatalogue {
  'email.requested': MailRequestedPayload;
}

export type JobName = keyof JobCatalogue;

export const JOB_NAMES: readonly JobName[] = ['email.requested'];

export const EVENTS_QUEUE = 'events';

/** BullMQ 6 refuses custom ids containing ':'; ours are `<event>-<outbox id>`. */
export function jobIdFor(type: string, outboxId: string): string {
  return `${type.replace(/:/g, '_')}-${outboxId}`;
}
