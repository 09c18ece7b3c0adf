import { isUUID } from 'class-validator';
import { ObjectRule, Policy } from '@quorum/identity';
import { AssociationsService } from './associations.service';

/**
 * A member of the association the operation names (`associationIdOf(args)`): they act on its
 * behalf. Agents pass through their own rule (`@Allow(Agent, AssociationMember(...))`).
 */
export function AssociationMember(
  associationIdOf: (args: Record<string, unknown>) => unknown,
): Policy {
  return ObjectRule('association-member', async (actor, context) => {
    const associationId = associationIdOf(context.args);
    if (typeof associationId !== 'string' || !isUUID(associationId)) return false;
    return context.moduleRef
      .get(AssociationsService, { strict: false })
      .isMember(actor.accountId, associationId);
  });
}

/** The association named by `input.associationId`. */
export const associationOfInput = (args: Record<string, unknown>): unknown =>
  (args.input as { associationId?: unknown } | undefined)?.associationId;

/** Someone acting for at least one partner association (the service then checks which entry). */
export const ActsForAPartner: Policy = ObjectRule('acts-for-a-partner', async (actor, context) =>
  context.moduleRef.get(AssociationsService, { strict: false }).actsForAnyPartner(actor.accountId),
);
