import {
  Args,
  Context,
  Info,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IdArg, selectedFields } from '@quorum/core';
import { GraphQLResolveInfo } from 'graphql';
import {
  Actor,
  Agent,
  Allow,
  Anyone,
  CurrentActor,
  VerifiedEmail,
  VerifiedResident,
} from '@quorum/identity';
import DataLoader from 'dataloader';
import { ProposalAuthor } from './proposal.policies';
import {
  AnswerProposalInput,
  Proposal,
  ProposalConnection,
  ProposalFollowPayload,
  ProposalsArgs,
  SimilarProposalsArgs,
  SubmitProposalInput,
  SupportProposalPayload,
  WithdrawSupportPayload,
} from './proposal.types';
import { ProposalPage, ProposalsService, ViewerState } from './proposals.service';
import { SupportsService } from './supports/supports.service';

const ANONYMOUS: ViewerState = { supports: false, follows: false };

type RequestContext = {
  req: {
    proposalViewerLoader?: DataLoader<string, ViewerState>;
  };
};

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly supports: SupportsService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the caller supports the proposal (false when anonymous).',
  })
  @Allow(Anyone)
  async viewerSupports(
    @Parent() proposal: Proposal,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    return (await this.viewerState(proposal, actor, context)).supports;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller follows the proposal (false when anonymous).',
  })
  @Allow(Anyone)
  async viewerFollows(
    @Parent() proposal: Proposal,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    return (await this.viewerState(proposal, actor, context)).follows;
  }

  /** One loader per request (one caller): both fields of every proposal of a page, one query. */
  private viewerState(
    proposal: Proposal,
    actor: Actor | null,
    context: RequestContext,
  ): Promise<ViewerState> {
    if (!actor) return Promise.resolve(ANONYMOUS);
    context.req.proposalViewerLoader ??= new DataLoader((ids: readonly string[]) =>
      this.service.viewerStates(actor.accountId, ids),
    );
    return context.req.proposalViewerLoader.load(proposal.id);
  }

  @Query(() => ProposalConnection, {
    description: 'Public: proposals, filtered and ordered (drafts only for their author).',
  })
  @Allow(Anyone)
  proposals(
    @CurrentActor() actor: Actor | null,
    @Args() args: ProposalsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProposalPage> {
    const node = selectedFields(info, ['edges', 'node']);
    return this.service.list(actor, args, {
      withBodies: node.has('bodyMarkdown') || node.has('bodyHtml'),
      withPerimeter: selectedFields(info, ['edges', 'node', 'council']).has('perimeterGeojson'),
      withTotal: selectedFields(info, []).has('totalCount'),
    });
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

  @Mutation(() => SupportProposalPayload, {
    description:
      'Verified resident of the council’s neighbourhood: supports, once; again changes nothing and says so (alreadySupported).',
  })
  @Allow(VerifiedResident)
  supportProposal(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<SupportProposalPayload> {
    return this.supports.support(actor, id);
  }

  @Mutation(() => WithdrawSupportPayload, {
    description:
      'Withdraws one’s support while the proposal is PUBLISHED; without one, changes nothing and says so (wasSupporting).',
  })
  @Allow(VerifiedResident)
  withdrawSupport(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
  ): Promise<WithdrawSupportPayload> {
    return this.supports.withdrawSupport(actor, id);
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
