import { claimOutcome, ClaimRow } from './claim-outcome';

const row = (over: Partial<ClaimRow>): ClaimRow => ({
  claimedId: null,
  mineId: null,
  entryId: null,
  holderId: null,
  ...over,
});

describe('claimOutcome', () => {
  it('claims a free entry, and says a second claim of one’s own entry succeeded', () => {
    expect(claimOutcome(row({ claimedId: '7', entryId: '7' }), 'me')).toEqual({
      kind: 'claimed',
      entryId: '7',
    });
    expect(claimOutcome(row({ mineId: '7', entryId: '7', holderId: 'me' }), 'me')).toEqual({
      kind: 'already-mine',
    });
    // A concurrent claim by the same person won the row a moment earlier.
    expect(claimOutcome(row({ entryId: '7', holderId: 'me' }), 'me')).toEqual({
      kind: 'already-mine',
    });
  });

  it('tells a holder of another entry so, without looking at the typed one', () => {
    expect(claimOutcome(row({ mineId: '3', entryId: '7', holderId: 'other' }), 'me')).toEqual({
      kind: 'linked-elsewhere',
    });
    expect(claimOutcome(row({ mineId: '3' }), 'me')).toEqual({ kind: 'linked-elsewhere' });
  });

  it('tells an entry held by someone else apart from no entry, for agents only', () => {
    expect(claimOutcome(row({ entryId: '7', holderId: 'other' }), 'me')).toEqual({
      kind: 'contested',
      entryId: '7',
    });
    expect(claimOutcome(row({}), 'me')).toEqual({ kind: 'no-match' });
  });
});
