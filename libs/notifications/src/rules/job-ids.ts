/**
 * The BullMQ ids of the notifications' jobs, and the delivery keys of their e-mails: derived from
 * the rows, so a job queued again (a batch run again, the sweep) is the same job, which BullMQ
 * ignores, and an e-mail sent again is recognised.
 */
import { createHash } from 'node:crypto';

/** A fan-out batch: the first one, or the one after recipient `after`. */
export const fanOutJobId = (outboxId: string, after: string | null) =>
  `fanout-${outboxId}-${after ?? 'first'}`;

export const emailJobId = (emailId: string) => `email-${emailId}`;

/**
 * A batch of e-mails: named by its e-mails (a digest of their ids in order), so the same batch
 * queued again (a fan-out batch run again) is the same job. The sweep gives its round: a batch
 * it queues is a new job even when one of the same e-mails is kept as failed (BullMQ ignores an
 * add under the id of a job it keeps, and a job that stalled too often fails without a retry).
 */
export const emailBatchJobId = (emailIds: readonly string[], round?: string) =>
  `emails-${createHash('sha256')
    .update(`${round ?? ''}|${emailIds.join(',')}`)
    .digest('base64url')
    .slice(0, 32)}`;

export const digestJobId = (digestId: string) => `digest-${digestId}`;

export const emailDeliveryKey = (emailId: string) => `notification-email-${emailId}`;

export const digestDeliveryKey = (digestId: string) => `notification-digest-${digestId}`;

/**
 * The Message-ID of a delivery: the same for the same delivery, so that receivers deduplicate a
 * message a crash made us send twice. Only letters, digits, dots and dashes before the host.
 */
export function messageIdOf(deliveryKey: string, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'quorum.local';
  return `<${deliveryKey.replace(/[^A-Za-z0-9.-]/g, '-')}@${host}>`;
}
