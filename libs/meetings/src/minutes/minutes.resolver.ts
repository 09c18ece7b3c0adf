import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '@quorum/core';
import { Actor, Agent, Allow, Anyone, CurrentActor, VerifiedEmail } from '@quorum/identity';
import { Proposal } from '@quorum/proposals';
import DataLoader from 'dataloader';
import {
  AddOppositionStatementInput,
  DraftMinutesInput,
  UpdateOppositionStatementInput,
} from '../meeting.inputs';
import { arg, InMeetingCouncil, input, StatementAuthor } from '../meeting.policies';
import { Minutes, OppositionStatement } from '../meeting.types';
import { MinutesService } from './minutes.service';

const WRITERS = ['SECRETARY', 'CHAIR'] as const;

@Resolver(() => Minutes)
export class MinutesResolver {
  constructor(private readonly minutes: MinutesService) {}

  @Mutation(() => Minutes, {
    description:
      'Secretary, chair or agent, after the meeting: saves the draft (the server fills in the record). With correction: true on published minutes, starts a new linked version.',
  })
  @Allow(Agent, InMeetingCouncil([...WRITERS], 'meeting', input('meetingId')))
  async draftMinutes(
    @CurrentActor() actor: Actor,
    @Args('input') body: DraftMinutesInput,
  ): Promise<Minutes> {
    await this.minutes.draft(actor, body);
    return this.minutes.latestOf(body.meetingId);
  }

  @Mutation(() => Minutes, {
    description: 'Secretary, chair or agent: submits the draft for adoption at a later meeting.',
  })
  @Allow(Agent, InMeetingCouncil([...WRITERS], 'minutes', arg('id')))
  async submitMinutes(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Minutes> {
    await this.minutes.submit(actor, id);
    return this.minutes.get(id);
  }

  @Mutation(() => Minutes, {
    description:
      'Agent: publishes adopted minutes; they are then immutable, with a SHA-256 content hash.',
  })
  @Allow(Agent)
  async publishMinutes(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Minutes> {
    await this.minutes.publish(actor, id);
    return this.minutes.get(id);
  }

  @Mutation(() => OppositionStatement, {
    description:
      'Opposition councillor of the council: attaches a statement to minutes (before publication) or to an official answer; published verbatim.',
  })
  @Allow(VerifiedEmail)
  addOppositionStatement(
    @CurrentActor() actor: Actor,
    @Args('input') body: AddOppositionStatementInput,
  ): Promise<OppositionStatement> {
    return this.minutes.addStatement(actor, body);
  }

  @Mutation(() => OppositionStatement, {
    description: 'Its author only: amends a statement (never once the minutes are published).',
  })
  @Allow(StatementAuthor)
  updateOppositionStatement(
    @CurrentActor() actor: Actor,
    @Args('input') body: UpdateOppositionStatementInput,
  ): Promise<OppositionStatement> {
    return this.minutes.updateStatement(actor, body);
  }
}

type RequestContext = { req: { statementLoader?: DataLoader<string, OppositionStatement[]> } };

@Resolver(() => Proposal)
export class ProposalStatementsResolver {
  constructor(private readonly minutes: MinutesService) {}

  @ResolveField(() => [OppositionStatement], {
    description: 'Public: opposition statements attached to the official answer.',
  })
  @Allow(Anyone)
  oppositionStatements(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<OppositionStatement[]> {
    // One loader per request: the statements of every proposal of a page come in one query.
    context.req.statementLoader ??= new DataLoader((ids: readonly string[]) =>
      this.minutes.statementsOn(ids),
    );
    return context.req.statementLoader.load(proposal.id);
  }
}
