import type { EmailStatus } from '../fan-out/notification.entity';

/**
 * What an e-mail job does with its row: nothing if it is gone or not PENDING any more (sent,
 * dropped, failed: a job run again must not send twice), FAILED if the person has no address
 * (erased since), otherwise send it.
 */
export function emailJobStep(
  email: { status: EmailStatus; address: string | null } | undefined,
): 'skip' | 'fail' | 'send' {
  if (!email || email.status !== 'PENDING') return 'skip';
  return email.address ? 'send' : 'fail';
}

/**
 * What a digest job does: nothing if it is gone or sent already; close it unsent when the person
 * lost the address (erased: nothing to send, and nothing for the sweep to queue again); else send.
 */
export function digestJobStep(
  digest: { sentAt: Date | null; address: string | null } | undefined,
): 'skip' | 'close' | 'send' {
  if (!digest || digest.sentAt) return 'skip';
  return digest.address ? 'send' : 'close';
}

/**
 * What an unsubscribe link turns off: an e-mail's link, its event type; a digest's link, every
 * type that digest held. Each once, in order.
 */
export function typesTurnedOff<T extends string>(
  link: { eventType: T | null },
  digestTypes: readonly T[],
): T[] {
  return link.eventType ? [link.eventType] : [...new Set(digestTypes)].sort();
}

/** The key that makes an unsubscribe link work once (a DoneOnce key of the outbox). */
export const unsubscribeOnceKey = (kind: 'e' | 'd', id: string) => `unsubscribe-${kind}-${id}`;

/**
 * What a batch of e-mails does when one of them fails. The SMTP server refused that message (a
 * reply code): for good (5xx) it is failed and dead-lettered alone; for now (4xx) it is retried
 * alone, with backoff, while the batch goes on. Without a reply (the server or the network is
 * down), or a 421 (the server closing the connection), the others would fail too: the batch
 * stops and is retried as a whole (what it sent already is skipped then).
 */
export function emailFailureStep(responseCode: number | undefined): 'refused' | 'alone' | 'batch' {
  if (responseCode === undefined || responseCode === 421) return 'batch';
  if (responseCode >= 500 && responseCode < 600) return 'refused';
  if (responseCode >= 400 && responseCode < 500) return 'alone';
  return 'batch';
}

/** `items` in consecutive chunks of at most `size`, in order. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
