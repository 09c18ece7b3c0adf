import type { ModuleRef } from '@nestjs/core';
import { DomainError } from '@quorum/core';
import { EMAIL_NOT_VERIFIED, RESIDENCY_NOT_VERIFIED } from '../identity.errors';
import type { Actor } from './actor';
import type { AccountRole } from '../accounts/account.entity';

// The policies' refusals, where callers have always found them.
export { EMAIL_NOT_VERIFIED, notAResidentHere, RESIDENCY_NOT_VERIFIED } from '../identity.errors';

export interface PolicyContext {
  /** The operation's arguments (GraphQL args), to decide on the object concerned. */
  args: Record<string, unknown>;
  /** To reach a service that knows the object (e.g. "is this person the proposal's author?"). */
  moduleRef: ModuleRef;
}

/**
 * A policy's answer: `true` lets the caller through; `false` refuses (NOT_ALLOWED); a DomainError
 * refuses and tells the caller why and what to do about it, when the caller can do something.
 */
export type Verdict = boolean | DomainError;

/**
 * A rule an operation declares with @Allow(...). `anonymous` says whether a caller without an
 * account can pass it (the guard answers UNAUTHENTICATED rather than FORBIDDEN otherwise).
 */
export interface Policy {
  name: string;
  anonymous: boolean;
  allows(actor: Actor | null, context: PolicyContext): Verdict | Promise<Verdict>;
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
  allows: (actor) => actor !== null && (actor.emailVerified || EMAIL_NOT_VERIFIED),
};

/** A verified resident: residency checked by an agent or matched in the census. */
export const VerifiedResident: Policy = {
  name: 'verified-resident',
  anonymous: false,
  allows: (actor) => {
    if (!actor) return false;
    if (!actor.emailVerified) return EMAIL_NOT_VERIFIED;
    return actor.residencyNeighbourhood !== null || RESIDENCY_NOT_VERIFIED;
  },
};

/** One of these platform roles, with a verified address (ADMIN is always included: admins can do everything). */
export function HasRole(...roles: AccountRole[]): Policy {
  const allowed = new Set<AccountRole>([...roles, 'ADMIN']);
  return {
    name: `role:${[...allowed].join('|')}`,
    anonymous: false,
    // Only someone who holds the role is told to confirm the address: others are just refused.
    allows: (actor) =>
      actor !== null && allowed.has(actor.role) && (actor.emailVerified || EMAIL_NOT_VERIFIED),
  };
}

/** Town-hall agents and admins. */
export const Agent = HasRole('AGENT');

/** A rule that depends on the object: `check` reaches services through the context. */
export function ObjectRule(
  name: string,
  check: (actor: Actor, context: PolicyContext) => Verdict | Promise<Verdict>,
): Policy {
  return {
    name,
    anonymous: false,
    allows: (actor, context) => actor !== null && check(actor, context),
  };
}
