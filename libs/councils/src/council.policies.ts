import { isUUID } from 'class-validator';
import { ObjectRule, Policy, PolicyContext } from '@quorum/identity';
import { CouncilRole } from './membership/council-membership.entity';
import { MembershipService } from './membership/membership.service';

const memberships = (context: PolicyContext) =>
  context.moduleRef.get(MembershipService, { strict: false });

/**
 * A rule on the caller's office in a council: `InCouncil(['CHAIR', 'CO_CHAIR'], (args) => args.councilId)`
 * lets through the chair and co-chair of the council the operation names. `'ANY'`: any member.
 */
export function InCouncil(
  roles: CouncilRole[] | 'ANY',
  councilIdOf: (args: Record<string, unknown>) => unknown,
): Policy {
  return ObjectRule(
    `council:${roles === 'ANY' ? 'member' : roles.join('|')}`,
    async (actor, context) => {
      const councilId = councilIdOf(context.args);
      if (typeof councilId !== 'string' || !isUUID(councilId)) return false;
      const offices = await memberships(context).rolesOf(councilId, actor.accountId);
      return offices.some((office) => roles === 'ANY' || roles.includes(office.role));
    },
  );
}

/** The holder of the membership named by `input.membershipId` (e.g. to resign). */
export const OwnMembership = ObjectRule('own-membership', async (actor, context) => {
  const membershipId = (context.args.input as { membershipId?: unknown } | undefined)?.membershipId;
  if (typeof membershipId !== 'string' || !isUUID(membershipId)) return false;
  return (await memberships(context).holderOf(membershipId)) === actor.accountId;
});
