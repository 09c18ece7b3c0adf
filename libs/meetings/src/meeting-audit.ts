import { Actor } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';

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
