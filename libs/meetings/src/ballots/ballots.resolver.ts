import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { IdArg } from '@quorum/core';
import { Actor, Agent, Allow, CurrentActor } from '@quorum/identity';
import { CastVoteInput, OpenBallotInput } from '../meeting.inputs';
import { arg, InMeetingCouncil, input } from '../meeting.policies';
import { Ballot } from '../meeting.types';
import { BallotsService } from './ballots.service';

@Resolver(() => Ballot)
export class BallotsResolver {
  constructor(private readonly ballots: BallotsService) {}

  @Mutation(() => Ballot, {
    description:
      'Chair, co-chair or agent: opens a public or secret ballot on an agenda item of an open meeting.',
  })
  @Allow(Agent, InMeetingCouncil(['CHAIR', 'CO_CHAIR'], 'agendaItem', input('agendaItemId')))
  openBallot(@CurrentActor() actor: Actor, @Args('input') body: OpenBallotInput): Promise<Ballot> {
    return this.ballots.open(actor, body);
  }

  @Mutation(() => Ballot, {
    description:
      'Present member (or the holder of a represented member’s proxy, with onBehalfOf): votes once; a vote is final.',
  })
  @Allow(InMeetingCouncil('ANY', 'ballot', input('ballotId')))
  castVote(@CurrentActor() actor: Actor, @Args('input') body: CastVoteInput): Promise<Ballot> {
    return this.ballots.cast(actor, body);
  }

  @Mutation(() => Ballot, {
    description:
      'Chair, co-chair or agent: closes the ballot and computes its result once (adopted when quorum is held and FOR > AGAINST).',
  })
  @Allow(Agent, InMeetingCouncil(['CHAIR', 'CO_CHAIR'], 'ballot', arg('id')))
  closeBallot(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Ballot> {
    return this.ballots.close(actor, id);
  }
}
