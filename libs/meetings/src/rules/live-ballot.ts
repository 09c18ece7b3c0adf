import type { BallotStatus } from './ballot';

/**
 * What a live client has been told of a ballot: its status and how many votes it counted. A
 * ballot only moves forward (OPEN → CLOSED, votes only added), so a state behind one already
 * pushed is a late message (two votes committed at once, their pushes crossing on the way), which
 * would show the projector a count going backwards.
 */
export interface LiveBallotState {
  status: BallotStatus;
  votesCast: number;
}

/** True when `next` is older than what was already pushed (an equal state is pushed again). */
export function isStaleBallotState(
  seen: LiveBallotState | undefined,
  next: LiveBallotState,
): boolean {
  if (!seen) return false;
  if (seen.status !== next.status) return seen.status === 'CLOSED';
  return next.votesCast < seen.votesCast;
}
