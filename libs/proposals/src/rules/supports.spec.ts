import fc from 'fast-check';
import { PROPOSAL_STATUSES } from '../proposal.entity';
import { qualifies, supportable, supportsHere, supportWithdrawable } from './supports';

describe('Supports (SPEC §3)', () => {
  it('qualify a proposal when they reach the threshold, not one support before', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (count, threshold) => {
        expect(qualifies(count, threshold)).toBe(count >= threshold);
      }),
    );
    expect(qualifies(49, 50)).toBe(false);
    expect(qualifies(50, 50)).toBe(true);
  });

  it('never qualify a proposal without a threshold (one not published)', () => {
    fc.assert(fc.property(fc.nat(), (count) => expect(qualifies(count, null)).toBe(false)));
  });

  it('once enough, stay enough as more come', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (count, threshold, more) => {
        if (qualifies(count, threshold)) expect(qualifies(count + more, threshold)).toBe(true);
      }),
    );
  });

  it('are given to a published or qualified proposal only', () => {
    for (const status of PROPOSAL_STATUSES)
      expect(supportable(status)).toBe(status === 'PUBLISHED' || status === 'QUALIFIED');
  });

  it('are withdrawn while the proposal is PUBLISHED only (a qualification is not undone)', () => {
    for (const status of PROPOSAL_STATUSES)
      expect(supportWithdrawable(status)).toBe(status === 'PUBLISHED');
  });

  it('are given by verified residents of the council’s neighbourhood only', () => {
    expect(supportsHere('quartier-nord', 'quartier-nord')).toBe(true);
    expect(supportsHere('quartier-sud', 'quartier-nord')).toBe(false);
    expect(supportsHere(null, 'quartier-nord')).toBe(false);
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), fc.string(), (residency, council) => {
        expect(supportsHere(residency, council)).toBe(residency === council);
      }),
    );
  });
});
