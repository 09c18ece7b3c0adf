import { DomainError } from '@quorum/core';
import { PROPOSAL_STATUSES } from './proposal.entity';
import { PROPOSALS_ERROR_REASONS, proposalWrongState } from './proposals.errors';

describe('The proposals error catalogue', () => {
  it('refuses a step by naming where the proposal stands, in a clause that reads in French', () => {
    const refusal = proposalWrongState('ANSWERED', { fr: 'la soutenir', en: 'support it' });
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('PRECONDITION_FAILED');
    expect(refusal.text).toEqual({
      fr: 'Impossible de la soutenir : la proposition a reçu sa réponse officielle.',
      en: 'Cannot support it: the proposal is answered.',
    });
  });

  it.each(PROPOSAL_STATUSES)('gives STATUS_%s, a listed reason, for a step refused there', (s) => {
    const refusal = proposalWrongState(s, { fr: 'la publier', en: 'publish it' });
    expect(refusal.details.reason).toBe(`STATUS_${s}`);
    expect(PROPOSALS_ERROR_REASONS).toContain(`STATUS_${s}`);
    expect(refusal.text.fr).toMatch(/^Impossible de la publier : la proposition (est|a) /);
    expect(refusal.text.en).toBe(
      `Cannot publish it: the proposal is ${s.toLowerCase().replace(/_/g, ' ')}.`,
    );
  });
});
