import { Resolver, Subscription } from '@nestjs/graphql';
import { IdArg } from '@quorum/core';
import { Allow, Anyone } from '@quorum/identity';
import { BallotsService } from '../ballots/ballots.service';
import { Ballot } from '../meeting.types';
import { isStaleBallotState, LiveBallotState } from '../rules/live-ballot';
import { LiveBallot, MeetingLive } from './meeting-live.service';

/** What this subscriber was last pushed of each ballot (graphql-ws: one context per operation). */
type LiveContext = { req?: { liveBallots?: Map<string, LiveBallotState> } };

@Resolver(() => Ballot)
export class MeetingLiveResolver {
  constructor(
    private readonly live: MeetingLive,
    private readonly ballots: BallotsService,
  ) {}

  @Subscription(() => Ballot, {
    description:
      'Public, live (graphql-ws; no sign-in needed): the ballots of a meeting as they change, each pushed once its change has committed: opened, the count of votes cast while open (about twice a second; never a choice before the close, and never who voted what in a secret ballot), then closed with its result (and the roll call of a public ballot). Read `meeting(id)` for the state before subscribing.',
    filter: (payload: LiveBallot, _variables: unknown, context: LiveContext) => {
      // Pushes of concurrent votes can cross: never show a count going backwards.
      const seen = (context.req ??= {}).liveBallots ?? (context.req.liveBallots = new Map());
      const state = { status: payload.status, votesCast: payload.votesCast };
      if (isStaleBallotState(seen.get(payload.id), state)) return false;
      seen.set(payload.id, state);
      return true;
    },
    resolve: (payload: LiveBallot): Ballot => ({
      ...payload,
      openedAt: new Date(payload.openedAt),
      closedAt: payload.closedAt === null ? null : new Date(payload.closedAt),
    }),
  })
  @Allow(Anyone)
  async ballotUpdated(
    @IdArg('meetingId') meetingId: string,
  ): Promise<AsyncIterableIterator<LiveBallot>> {
    await this.ballots.assertMeeting(meetingId);
    return this.live.listen(meetingId);
  }
}
