import type { MeetingStatus } from '../meeting.entity';

/**
 * A meeting's lifecycle (SPEC §4): DRAFT → CONVENED → OPEN → CLOSED, or CANCELLED (with a reason)
 * before it opens. CLOSED and CANCELLED are final.
 */
export type MeetingEvent = 'CONVENE' | 'OPEN' | 'CLOSE' | 'CANCEL';

const STEPS: Record<MeetingEvent, { from: readonly MeetingStatus[]; to: MeetingStatus }> = {
  CONVENE: { from: ['DRAFT'], to: 'CONVENED' },
  OPEN: { from: ['CONVENED'], to: 'OPEN' },
  CLOSE: { from: ['OPEN'], to: 'CLOSED' },
  CANCEL: { from: ['DRAFT', 'CONVENED'], to: 'CANCELLED' },
};

/** The status a meeting moves to on `event`, or null when the event is not allowed from `current`. */
export function nextStatus(current: MeetingStatus, event: MeetingEvent): MeetingStatus | null {
  const step = STEPS[event];
  return step.from.includes(current) ? step.to : null;
}

/** Whether a meeting is over, one way or the other: nothing of it changes any more. */
export const isFinal = (status: MeetingStatus): boolean =>
  status === 'CLOSED' || status === 'CANCELLED';
