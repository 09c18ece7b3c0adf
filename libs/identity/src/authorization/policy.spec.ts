import type { ModuleRef } from '@nestjs/core';
import type { Actor } from './actor';
import {
  Agent,
  Anyone,
  HasRole,
  ObjectRule,
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
    expect(VerifiedEmail.allows(actor({ emailVerified: false }), context())).toBe(false);
    expect(VerifiedResident.allows(actor(), context())).toBe(false);
    expect(VerifiedResident.allows(actor({ residencyNeighbourhood: 'nord' }), context())).toBe(
      true,
    );
    expect(Agent.allows(actor(), context())).toBe(false);
    expect(Agent.allows(actor({ role: 'AGENT' }), context())).toBe(true);
    expect(HasRole('AGENT').allows(actor({ role: 'ADMIN' }), context())).toBe(true);
  });

  it('decide on the object with an ObjectRule, never for an anonymous caller', async () => {
    const ownsIt = ObjectRule('owner', (who, { args }) => args.accountId === who.accountId);
    expect(ownsIt.anonymous).toBe(false);
    expect(await ownsIt.allows(actor(), context({ accountId: 'a1' }))).toBe(true);
    expect(await ownsIt.allows(actor(), context({ accountId: 'a2' }))).toBe(false);
    expect(await ownsIt.allows(null, context({ accountId: 'a1' }))).toBe(false);
  });
});
