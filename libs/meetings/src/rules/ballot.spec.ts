import fc from 'fast-check';
import { VOTE_CHOICES, VoteChoice } from '../ballots/ballot.entity';
import {
  addVote,
  ballotResult,
  BallotEvent,
  EMPTY_TALLY,
  nextBallotStatus,
  openingConflict,
  tallyOf,
  voteRecord,
} from './ballot';

const choice = fc.constantFrom(...VOTE_CHOICES);
const tally = fc.record({ for: fc.nat(500), against: fc.nat(500), abstain: fc.nat(500) });
const event = fc.constantFrom<BallotEvent>('VOTE', 'CLOSE');

describe('A ballot’s lifecycle: OPEN → CLOSED', () => {
  it('takes votes while open, and closes once', () => {
    expect(nextBallotStatus('OPEN', 'VOTE')).toBe('OPEN');
    expect(nextBallotStatus('OPEN', 'CLOSE')).toBe('CLOSED');
  });

  it('never changes once closed, whatever happens to it', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1 }), (events) => {
        for (const e of events) expect(nextBallotStatus('CLOSED', e)).toBeNull();
      }),
    );
  });
});

describe('Opening a ballot', () => {
  it('is free when the item has no ballot and none is open in the meeting', () => {
    expect(openingConflict([])).toBeNull();
  });

  it('waits while another ballot of the meeting is open: one open ballot per meeting', () => {
    expect(openingConflict(['OPEN'])).toBe('ONE_OPEN_PER_MEETING');
    expect(openingConflict(['CLOSED', 'OPEN'])).toBe('ONE_OPEN_PER_MEETING');
  });

  it('is refused on an item already voted on: one ballot per item', () => {
    expect(openingConflict(['CLOSED'])).toBe('ITEM_ALREADY_VOTED');
  });
});

describe('What a vote records', () => {
  it('a public ballot keeps the roll call: who voted what, and who cast it', () => {
    expect(voteRecord(false, { voterId: 'ana', castBy: 'bob', choice: 'FOR' })).toEqual({
      ballot: 'PUBLIC',
      rollCall: { voterId: 'ana', castBy: 'bob', choice: 'FOR' },
    });
  });

  it('a secret ballot keeps who took part apart from the choice, with nothing linking them', () => {
    fc.assert(
      fc.property(choice, fc.uuid(), fc.uuid(), (c, voterId, castBy) => {
        const record = voteRecord(true, { voterId, castBy, choice: c });
        expect(record).toEqual({ ballot: 'SECRET', participant: { voterId, castBy }, tallied: c });
        if (record.ballot === 'SECRET')
          expect(Object.keys(record.participant)).not.toContain('choice');
      }),
    );
  });
});

describe('Counting the votes', () => {
  it('a vote adds one to its own choice’s counter and to no other', () => {
    fc.assert(
      fc.property(tally, choice, (t, c) => {
        const after = addVote(t, c);
        const key = ({ FOR: 'for', AGAINST: 'against', ABSTAIN: 'abstain' } as const)[c];
        expect(after[key]).toBe(t[key] + 1);
        for (const other of ['for', 'against', 'abstain'] as const)
          if (other !== key) expect(after[other]).toBe(t[other]);
      }),
    );
  });

  it('the totals count every vote once, in any order', () => {
    fc.assert(
      fc.property(fc.array(choice), (choices: VoteChoice[]) => {
        const t = tallyOf(choices);
        expect(t.for + t.against + t.abstain).toBe(choices.length);
        expect(tallyOf([...choices].reverse())).toEqual(t);
        expect(t.for).toBe(choices.filter((c) => c === 'FOR').length);
      }),
    );
    expect(tallyOf([])).toEqual(EMPTY_TALLY);
  });
});

describe('The result of a ballot', () => {
  it('is adopted when quorum is held and FOR > AGAINST', () => {
    expect(ballotResult({ for: 3, against: 2, abstain: 9 }, true).adopted).toBe(true);
  });

  it('is not adopted on a tie', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (n, abstain) => {
        expect(ballotResult({ for: n, against: n, abstain }, true).adopted).toBe(false);
      }),
    );
  });

  it('is not adopted without quorum, whatever the votes, and then takes no effect', () => {
    fc.assert(
      fc.property(tally, (t) => {
        expect(ballotResult(t, false)).toEqual({ adopted: false, takesEffect: false });
      }),
    );
  });

  it('is adopted, with quorum, exactly when FOR outnumbers AGAINST; abstentions weigh nothing', () => {
    fc.assert(
      fc.property(tally, fc.nat(500), (t, more) => {
        const result = ballotResult(t, true);
        expect(result).toEqual({ adopted: t.for > t.against, takesEffect: true });
        expect(ballotResult({ ...t, abstain: t.abstain + more }, true)).toEqual(result);
      }),
    );
  });
});
