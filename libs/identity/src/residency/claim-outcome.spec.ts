import fc from 'fast-check';
import { claimOutcome, ClaimRow, mustRereadHolder } from './claim-outcome';

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

describe('a census claim', () => {
  const id = fc.option(fc.constantFrom('3', '7'));
  const holder = fc.option(fc.constantFrom('me', 'other'));
  // A holder is the typed entry's: none without an entry.
  const rows = fc
    .record({ claimedId: id, mineId: id, entryId: id, holderId: holder })
    .filter((r) => r.entryId !== null || r.holderId === null);

  it('answers a contested entry like no entry, and tells agents only of an entry held by another', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const outcome = claimOutcome(r, 'me');
        if (outcome.kind === 'contested') {
          expect(r.holderId).toBe('other');
          expect(outcome.entryId).toBe(r.entryId);
          expect(r.claimedId ?? r.mineId).toBeNull();
        }
        if (outcome.kind === 'no-match') expect(r.claimedId ?? r.mineId ?? r.holderId).toBeNull();
      }),
    );
  });

  it('never links a second entry to an account that holds one', () => {
    fc.assert(
      fc.property(rows, (r) => {
        fc.pre(r.claimedId === null && r.mineId !== null);
        expect(['already-mine', 'linked-elsewhere']).toContain(claimOutcome(r, 'me').kind);
      }),
    );
  });

  it('reads the holder again when the entry looked free yet was not claimed (a claim raced it)', () => {
    expect(mustRereadHolder(row({ entryId: '7' }))).toBe(true);
    expect(mustRereadHolder(row({ entryId: '7', claimedId: '7' }))).toBe(false);
    expect(mustRereadHolder(row({ entryId: '7', mineId: '3' }))).toBe(false);
    expect(mustRereadHolder(row({ entryId: '7', holderId: 'other' }))).toBe(false);
    expect(mustRereadHolder(row({}))).toBe(false);
  });
});
