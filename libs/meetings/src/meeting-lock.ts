import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { LockedMeeting, MeetingRepository } from './meeting.repository';

export type { LockedMeeting } from './meeting.repository';

const meetings = new MeetingRepository();

/**
 * `MeetingRepository.lock`, for ballots/ and minutes/ until they inject the repository (it holds
 * no state, so one instance serves them).
 */
export const lockMeeting = (
  em: EntityManager,
  id: string,
  mode: 'UPDATE' | 'SHARE' = 'UPDATE',
): Promise<LockedMeeting> => meetings.lock(em, id, mode);

/** Audits a change of state of a meeting or minutes, by whom, from what to what. */
export function auditTransition(
  audit: AuditService,
  em: EntityManager,
  actor: Actor,
  object: { type: 'meeting' | 'minutes'; id: string },
  change: { action: string; from: string; to: string; extra?: Record<string, unknown> },
): Promise<string> {
  return audit.record(em, {
    actorId: actor.accountId,
    actorRole: actor.role,
    action: change.action,
    objectType: object.type,
    objectId: object.id,
    before: { status: change.from },
    after: { status: change.to, ...change.extra },
  });
}
