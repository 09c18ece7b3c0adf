import type { ModuleRef } from '@nestjs/core';
import type { Actor } from './actor';
import {
  Agent,
  Anyone,
  EMAIL_NOT_VERIFIED,
  HasRole,
  ObjectRule,
  RESIDENCY_NOT_VERIFIED,
  SignedIn,
  VerifiedEmail,
  VerifiedResident,
} from './policy';

const actor = (over: Partial<Actor> = {}): Actor => ({
  accountId: 'a1',
  sessionId: 's1',
  role: 'RESIDENT',
  emailVerified: true,
  residencyNeighbourhood: null,
  ...over,
});
const context = (args: Record<string, unknown> = {}) => ({ args, moduleRef: {} as ModuleRef });

describe('policies', () => {
  it('let the right callers through', () => {
    expect(Anyone.allows(null, context())).toBe(true);
    expect(SignedIn.allows(null, context())).toBe(false);
    expect(SignedIn.allows(actor(), context())).toBe(true);
    expect(VerifiedEmail.allows(null, context())).toBe(false);
    expect(VerifiedResident.allows(null, context())).toBe(false);
    expect(VerifiedResident.allows(actor({ residencyNeighbourhood: 'nord' }), context())).toBe(
      true,
    );
    expect(Agent.allows(actor(), context())).toBe(false);
    expect(Agent.allows(actor({ role: 'AGENT' }), context())).toBe(true);
    expect(HasRole('AGENT').allows(actor({ role: 'ADMIN' }), context())).toBe(true);
  });

  it('say why they refuse when the caller can do something about it', () => {
    const unconfirmed = actor({ emailVerified: false, residencyNeighbourhood: 'nord' });
    expect(VerifiedEmail.allows(unconfirmed, context())).toBe(EMAIL_NOT_VERIFIED);
    expect(VerifiedResident.allows(unconfirmed, context())).toBe(EMAIL_NOT_VERIFIED);
    expect(VerifiedResident.allows(actor(), context())).toBe(RESIDENCY_NOT_VERIFIED);
    expect(RESIDENCY_NOT_VERIFIED.details.reason).toBe('RESIDENCY_NOT_VERIFIED');
    expect(Agent.allows(actor({ role: 'AGENT', emailVerified: false }), context())).toBe(
      EMAIL_NOT_VERIFIED,
    );
    // Confirming the address would not make a resident an agent: a plain refusal.
    expect(Agent.allows(actor({ emailVerified: false }), context())).toBe(false);
  });

  it('decide on the object with an ObjectRule, never for an anonymous caller', async () => {
    const ownsIt = ObjectRule('owner', (who, { args }) => args.accountId === who.accountId);
    expect(ownsIt.anonymous).toBe(false);
    expect(await ownsIt.allows(actor(), context({ accountId: 'a1' }))).toBe(true);
    expect(await ownsIt.allows(actor(), context({ accountId: 'a2' }))).toBe(false);
    expect(await ownsIt.allows(null, context({ accountId: 'a1' }))).toBe(false);
  });
});
