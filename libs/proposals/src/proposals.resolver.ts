import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, IdArg } from '@quorum/core';
import {
  Actor,
  Agent,
  Allow,
  Anyone,
  CurrentActor,
  VerifiedEmail,
  VerifiedResident,
} from '@quorum/identity';
import { ProposalAuthor } from './proposal.policies';
import {
  AnswerProposalInput,
  Proposal,
  ProposalConnection,
  ProposalFollowPayload,
  ProposalsArgs,
  SimilarProposalsArgs,
  SubmitProposalInput,
} from './proposal.types';
import { ProposalsService } from './proposals.service';

@Resolver()
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @Query(() => ProposalConnection, {
    description: 'Public: proposals, filtered and ordered (drafts only for their author).',
  })
  @Allow(Anyone)
  proposals(
    @CurrentActor() actor: Actor | null,
    @Args() args: ProposalsArgs,
  ): Promise<Connection<Proposal>> {
    return this.service.list(actor, args);
  }

  @Query(() => Proposal, { description: 'Public: one proposal (a draft only for its author).' })
  @Allow(Anyone)
  proposal(@CurrentActor() actor: Actor | null, @IdArg('id') id: string): Promise<Proposal> {
    return this.service.get(actor, id);
  }

  @Query(() => [Proposal], {
    description:
      'Public: up to 5 published proposals with a similar title, to warn an author of duplicates.',
  })
  @Allow(Anyone)
  similarProposals(@Args() args: SimilarProposalsArgs): Promise<Proposal[]> {
    return this.service.similar(args.title, args.councilId);
  }

  @Mutation(() => Proposal, {
    description: 'Resident: writes a proposal, as a draft or published at once.',
  })
  @Allow(VerifiedEmail)
  submitProposal(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitProposalInput,
  ): Promise<Proposal> {
    return this.service.submit(actor, input);
  }

  @Mutation(() => Proposal, {
    description: 'Author: publishes a draft; supports open for the charter’s window.',
  })
  @Allow(ProposalAuthor)
  publishProposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Proposal> {
    return this.service.publish(actor, id);
  }

  @Mutation(() => Proposal, {
    description: 'Author: withdraws the proposal, before it reaches an agenda.',
  })
  @Allow(ProposalAuthor)
  withdrawProposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Proposal> {
    return this.service.withdraw(actor, id);
  }

  @Mutation(() => Proposal, {
    description:
      'Verified resident of the council’s neighbourhood: supports (once; again is a no-op).',
  })
  @Allow(VerifiedResident)
  supportProposal(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Proposal> {
    return this.service.support(actor, id);
  }

  @Mutation(() => Proposal, {
    description: 'Withdraws one’s support while the proposal is PUBLISHED.',
  })
  @Allow(VerifiedResident)
  withdrawSupport(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Proposal> {
    return this.service.withdrawSupport(actor, id);
  }

  @Mutation(() => ProposalFollowPayload, {
    description: 'Resident: hear of the proposal’s steps (agenda, decision, answer).',
  })
  @Allow(VerifiedEmail)
  followProposal(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<ProposalFollowPayload> {
    return this.service.follow(actor, id, true);
  }

  @Mutation(() => ProposalFollowPayload, { description: 'Resident: stop following the proposal.' })
  @Allow(VerifiedEmail)
  unfollowProposal(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<ProposalFollowPayload> {
    return this.service.follow(actor, id, false);
  }

  @Mutation(() => Proposal, {
    description: 'Agent: the official answer to an adopted proposal, with a justification.',
  })
  @Allow(Agent)
  answerProposal(
    @CurrentActor() agent: Actor,
    @Args('input') input: AnswerProposalInput,
  ): Promise<Proposal> {
    return this.service.answer(agent, input);
  }

  @Mutation(() => Proposal, { description: 'Agent: an accepted proposal was carried out.' })
  @Allow(Agent)
  markProposalImplemented(
    @CurrentActor() agent: Actor,
    @IdArg('id') id: string,
  ): Promise<Proposal> {
    return this.service.markImplemented(agent, id);
  }
}
