import type { DeliveryMode, NotificationEventType } from '../fan-out/notification-events';
import type { EmailStatus } from '../fan-out/notification.entity';

/**
 * The one place of the rule "convocations reach members at once, whatever their preferences"
 * (SPEC §4). The fan-out stores its answer on the e-mail row (`forced`), so what acts on a
 * preference later (turning a type off) applies the same rule without knowing the relation.
 */
export function alwaysImmediate(type: NotificationEventType, relation: string): boolean {
  return type === 'meeting.convened' && relation === 'MEMBER';
}

/** A person's e-mail choice for a type: theirs, or the event's default when they made none. */
export function preferenceOf(
  chosen: DeliveryMode | null,
  defaultMode: DeliveryMode,
): { mode: DeliveryMode; isDefault: boolean } {
  return { mode: chosen ?? defaultMode, isDefault: chosen === null };
}

/** How one person's e-mail of an event goes out: forced ones at once, the others as chosen. */
export function emailMode(recipient: {
  type: NotificationEventType;
  relation: string;
  chosen: DeliveryMode | null;
  defaultMode: DeliveryMode;
}): DeliveryMode {
  if (alwaysImmediate(recipient.type, recipient.relation)) return 'IMMEDIATE';
  return preferenceOf(recipient.chosen, recipient.defaultMode).mode;
}

/**
 * The e-mail row a notification starts with: PENDING (its job sends it now), DIGEST (it waits for
 * the daily digest), or none (e-mails of that type are off, or the person has no address).
 */
export function emailRowStatus(
  mode: DeliveryMode,
  hasAddress: boolean,
): Extract<EmailStatus, 'PENDING' | 'DIGEST'> | null {
  if (!hasAddress || mode === 'OFF') return null;
  return mode === 'IMMEDIATE' ? 'PENDING' : 'DIGEST';
}

/** E-mails not gone yet: to send now, or in the next digest. */
export const WAITING_STATUSES = ['PENDING', 'DIGEST'] as const satisfies EmailStatus[];

/**
 * Turning a type off drops what still waits, except what the fan-out forced (a member's
 * convocation). The repository applies it in one locked UPDATE (dropWaiting), with these statuses.
 */
export function droppedWhenTurnedOff(email: { status: EmailStatus; forced: boolean }): boolean {
  return (WAITING_STATUSES as readonly EmailStatus[]).includes(email.status) && !email.forced;
}
