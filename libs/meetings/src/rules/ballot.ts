import type { VoteChoice } from '../ballots/ballot.entity';

/**
 * Ballots (SPEC §4), as rules over plain values: a ballot's lifecycle, what a vote records, and
 * the result at close. Who may cast a vote for whom is rules/voting's `voteRefusal`.
 */

export type BallotStatus = 'OPEN' | 'CLOSED';

/** What can happen to a ballot: a vote comes in, or the chair closes it. */
export type BallotEvent = 'VOTE' | 'CLOSE';

/**
 * OPEN → CLOSED. An open ballot takes votes and can be closed; a closed ballot never changes
 * (the database refuses it too, by a trigger). `null` when the step is refused.
 */
export function nextBallotStatus(status: BallotStatus, event: BallotEvent): BallotStatus | null {
  if (status === 'CLOSED') return null;
  return event === 'CLOSE' ? 'CLOSED' : 'OPEN';
}

/**
 * Why a ballot cannot be opened on an item, given the ballots already on this item or open in
 * this meeting: one open ballot per meeting, one ballot per item (the database's unique indexes
 * say the same; the meeting's lock makes this check exact).
 */
export function openingConflict(
  existing: readonly BallotStatus[],
): 'ONE_OPEN_PER_MEETING' | 'ITEM_ALREADY_VOTED' | null {
  if (existing.includes('OPEN')) return 'ONE_OPEN_PER_MEETING';
  return existing.length > 0 ? 'ITEM_ALREADY_VOTED' : null;
}

/**
 * What a vote writes. A public ballot keeps the roll call (who voted what); a secret ballot keeps,
 * apart, who took part and the choice added to the totals, with nothing linking the two.
 */
export type VoteRecord =
  | { ballot: 'PUBLIC'; rollCall: { voterId: string; castBy: string; choice: VoteChoice } }
  | { ballot: 'SECRET'; participant: { voterId: string; castBy: string }; tallied: VoteChoice };

export function voteRecord(
  secret: boolean,
  vote: { voterId: string; castBy: string; choice: VoteChoice },
): VoteRecord {
  const { voterId, castBy, choice } = vote;
  return secret
    ? { ballot: 'SECRET', participant: { voterId, castBy }, tallied: choice }
    : { ballot: 'PUBLIC', rollCall: { voterId, castBy, choice } };
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

export const EMPTY_TALLY: Tally = { for: 0, against: 0, abstain: 0 };

const COUNTER: Record<VoteChoice, keyof Tally> = {
  FOR: 'for',
  AGAINST: 'against',
  ABSTAIN: 'abstain',
};

/**
 * A vote adds one to its choice's counter. (The secret tally's UPDATE is the atomic form of this
 * rule, since votes run side by side under a shared lock; test/ballots.e2e-spec.ts shows they agree.)
 */
export const addVote = (tally: Tally, choice: VoteChoice): Tally => ({
  ...tally,
  [COUNTER[choice]]: tally[COUNTER[choice]] + 1,
});

/** The totals of a list of choices (the repository's count at the close agrees: test/ballots.e2e-spec.ts). */
export const tallyOf = (choices: readonly VoteChoice[]): Tally =>
  choices.reduce(addVote, EMPTY_TALLY);

/**
 * The result at close: adopted when quorum is held and FOR > AGAINST (abstentions count for
 * neither side; a tie is not adopted). Without quorum the council could not decide: the vote is
 * recorded but takes no effect (the proposal waits for another meeting, the minutes stay
 * submitted).
 */
export function ballotResult(
  tally: Tally,
  quorumHeld: boolean,
): { adopted: boolean; takesEffect: boolean } {
  return { adopted: quorumHeld && tally.for > tally.against, takesEffect: quorumHeld };
}
