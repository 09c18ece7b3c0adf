import { isStaleBallotState } from './live-ballot';

describe('isStaleBallotState', () => {
  it('pushes the first state heard', () => {
    expect(isStaleBallotState(undefined, { status: 'OPEN', votesCast: 0 })).toBe(false);
    expect(isStaleBallotState(undefined, { status: 'CLOSED', votesCast: 60 })).toBe(false);
  });

  it('drops a count lower than one already pushed, keeps an equal or higher one', () => {
    const seen = { status: 'OPEN', votesCast: 6 } as const;
    expect(isStaleBallotState(seen, { status: 'OPEN', votesCast: 5 })).toBe(true);
    expect(isStaleBallotState(seen, { status: 'OPEN', votesCast: 6 })).toBe(false);
    expect(isStaleBallotState(seen, { status: 'OPEN', votesCast: 7 })).toBe(false);
  });

  it('never goes back from the close to an open state, whatever its count', () => {
    const closed = { status: 'CLOSED', votesCast: 6 } as const;
    expect(isStaleBallotState(closed, { status: 'OPEN', votesCast: 6 })).toBe(true);
    expect(isStaleBallotState(closed, { status: 'OPEN', votesCast: 9 })).toBe(true);
    expect(isStaleBallotState({ status: 'OPEN', votesCast: 9 }, closed)).toBe(false);
  });
});
