import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { MeetingStatus } from './meeting.entity';
import { MEETING_NOT_FOUND } from './meetings.errors';

export interface LockedMeeting {
  id: string;
  councilId: string;
  status: MeetingStatus;
  startsAt: Date;
  quorumRequired: number | null;
}

/**
 * Locks a meeting's row: changes to a meeting (agenda, attendance, ballots) happen one at a time;
 * votes take a SHARE lock so that they run together but never beside an attendance change.
 */
export async function lockMeeting(
  em: EntityManager,
  id: string,
  mode: 'UPDATE' | 'SHARE' = 'UPDATE',
): Promise<LockedMeeting> {
  const [row]: LockedMeeting[] = await em.query(
    `SELECT id, council_id AS "councilId", status, starts_at AS "startsAt", quorum_required AS "quorumRequired"
       FROM meeting WHERE id = $1 FOR ${mode === 'UPDATE' ? 'UPDATE' : 'SHARE'}`,
    [id],
  );
  if (!row) throw MEETING_NOT_FOUND();
  return row;
}

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
