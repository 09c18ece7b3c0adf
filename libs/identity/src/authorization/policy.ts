import type { ModuleRef } from '@nestjs/core';
import type { Actor } from './actor';
import type { AccountRole } from '../accounts/account.entity';

export interface PolicyContext {
  /** The operation's arguments (GraphQL args), to decide on the object concerned. */
  args: Record<string, unknown>;
  /** To reach a service that knows the object (e.g. "is this person the proposal's author?"). */
  moduleRef: ModuleRef;
}

/**
 * A rule an operation declares with @Allow(...). `anonymous` says whether a caller without an
 * account can pass it (the guard answers UNAUTHENTICATED rather than FORBIDDEN otherwise).
 */
export interface Policy {
  name: string;
  anonymous: boolean;
  allows(actor: Actor | null, context: PolicyContext): boolean | Promise<boolean>;
}

/** Anyone, with or without an account: what SPEC §6 publishes. */
export const Anyone: Policy = { name: 'anyone', anonymous: true, allows: () => true };

/** Any signed-in account. */
export const SignedIn: Policy = {
  name: 'signed-in',
  anonymous: false,
  allows: (actor) => actor !== null,
};

/** A resident (or more) whose e-mail address is verified (SPEC §1: "resident"). */
export const VerifiedEmail: Policy = {
  name: 'verified-email',
  anonymous: false,
  allows: (actor) => actor?.emailVerified === true,
};

/** A verified resident: residency checked by an agent or matched in the census. */
export const VerifiedResident: Policy = {
  name: 'verified-resident',
  anonymous: false,
  allows: (actor) => actor !== null && actor.emailVerified && actor.residencyNeighbourhood !== null,
};

/** One of these platform roles, with a verified address (ADMIN is always included: admins can do everything). */
export function HasRole(...roles: AccountRole[]): Policy {
  const allowed = new Set<AccountRole>([...roles, 'ADMIN']);
  return {
    name: `role:${[...allowed].join('|')}`,
    anonymous: false,
    allows: (actor) => actor !== null && actor.emailVerified && allowed.has(actor.role),
  };
}

/** Town-hall agents and admins. */
export const Agent = HasRole('AGENT');

/** A rule that depends on the object: `check` reaches services through the context. */
export function ObjectRule(
  name: string,
  check: (actor: Actor, context: PolicyContext) => boolean | Promise<boolean>,
): Policy {
  return {
    name,
    anonymous: false,
    allows: (actor, context) => actor !== null && check(actor, context),
  };
}
