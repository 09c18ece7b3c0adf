import type { ModuleRef } from '@nestjs/core';
import { DomainError } from '@quorum/core';
import type { Actor } from './actor';
import type { AccountRole } from '../accounts/account.entity';

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

export const EMAIL_NOT_VERIFIED = new DomainError(
  'FORBIDDEN',
  {
    fr: "Confirmez d'abord votre adresse e-mail, en ouvrant le lien du message reçu à l'inscription.",
    en: 'Confirm your e-mail address first, with the link of the message sent when you signed up.',
  },
  { reason: 'EMAIL_NOT_VERIFIED' },
);

export const RESIDENCY_NOT_VERIFIED = new DomainError(
  'FORBIDDEN',
  {
    fr: "Il faut d'abord que votre résidence soit vérifiée : par un·e agent·e de la mairie, sur présentation d'un justificatif de domicile, ou en retrouvant votre entrée du recensement de la ville (claimResidency).",
    en: "Your residency must be verified first: by a town-hall agent, with a proof of address, or by claiming your entry of the town's census list (claimResidency).",
  },
  { reason: 'RESIDENCY_NOT_VERIFIED' },
);

/**
 * A verified resident of another neighbourhood, refused what is for this one's residents: what
 * the refusal says, and what to do after a move.
 */
export function notAResidentHere(what: { fr: string; en: string }): DomainError {
  return new DomainError(
    'FORBIDDEN',
    {
      fr: `${what.fr} Votre résidence est vérifiée dans un autre quartier : si vous avez déménagé, faites-la vérifier de nouveau à la mairie.`,
      en: `${what.en} Your residency is verified in another neighbourhood: if you have moved, have it verified again at the town hall.`,
    },
    { reason: 'NOT_A_RESIDENT_OF_THIS_NEIGHBOURHOOD' },
  );
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
