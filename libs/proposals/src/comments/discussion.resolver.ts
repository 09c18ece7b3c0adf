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
import { Connection, DEFAULT_PAGE_SIZE, selectedFields } from '@quorum/core';
import { GraphQLResolveInfo } from 'graphql';
import { Actor, Agent, Allow, Anyone, CurrentActor, VerifiedEmail } from '@quorum/identity';
import DataLoader from 'dataloader';
import { Proposal } from '../proposal.types';
import {
  CommentOnProposalInput,
  CommentPageArgs,
  ProposalCommentConnection,
  EditCommentInput,
  ModerateContentInput,
  ModerationQueueItem,
  ModerationResult,
  ProposalComment,
  ReportContentInput,
} from './comment.types';
import { DiscussionService } from './discussion.service';

type RequestContext = {
  req: {
    commentLoader?: DataLoader<string, ProposalComment[]>;
    /** One loader per page shape (size, cursor, total or not) in the request. */
    commentPageLoaders?: Map<string, DataLoader<string, Connection<ProposalComment>>>;
  };
};

@Resolver(() => Proposal)
export class DiscussionResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @ResolveField(() => [ProposalComment], {
    description:
      'Public: comments and replies, oldest first (hidden ones keep their place and reason).',
    deprecationReason: 'Every comment in one list: use commentPage, a page at a time.',
  })
  @Allow(Anyone)
  comments(
    @Parent() proposal: Proposal,
    @Context() context: RequestContext,
  ): Promise<ProposalComment[]> {
    // One loader per request: the comments of every proposal of a page come in one query.
    context.req.commentLoader ??= new DataLoader((ids: readonly string[]) =>
      this.discussion.commentsOf(ids),
    );
    return context.req.commentLoader.load(proposal.id);
  }

  @ResolveField(() => ProposalCommentConnection, {
    description:
      'Public: a page of comments and replies, oldest first (hidden ones keep their place and reason); one read for the pages of all proposals of a list.',
  })
  @Allow(Anyone)
  commentPage(
    @Parent() proposal: Proposal,
    @Args() args: CommentPageArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: RequestContext,
  ): Promise<Connection<ProposalComment>> {
    const page = {
      first: args.first ?? DEFAULT_PAGE_SIZE,
      after: args.after,
      withCount: selectedFields(info, []).has('totalCount'),
    };
    const key = JSON.stringify(page);
    const loaders = (context.req.commentPageLoaders ??= new Map());
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) =>
        this.discussion.commentPagesOf(ids, page),
      );
      loaders.set(key, loader);
    }
    return loader.load(proposal.id);
  }

  @Mutation(() => ProposalComment, {
    description: 'Resident: comments on a proposal, or replies to a comment.',
  })
  @Allow(VerifiedEmail)
  commentOnProposal(
    @CurrentActor() actor: Actor,
    @Args('input') input: CommentOnProposalInput,
  ): Promise<ProposalComment> {
    return this.discussion.comment(actor, input);
  }

  @Mutation(() => ProposalComment, {
    description: 'Author: edits their comment within 15 minutes.',
  })
  @Allow(VerifiedEmail)
  editComment(
    @CurrentActor() actor: Actor,
    @Args('input') input: EditCommentInput,
  ): Promise<ProposalComment> {
    return this.discussion.edit(actor, input.commentId, input.body);
  }

  @Mutation(() => Boolean, {
    description:
      'Resident: reports a proposal or comment (once); enough reports hide it until reviewed.',
  })
  @Allow(VerifiedEmail)
  reportContent(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportContentInput,
  ): Promise<boolean> {
    return this.discussion.report(actor, input);
  }

  @Query(() => [ModerationQueueItem], {
    description:
      'Agent: reported content waiting for a review (hidden automatically or not), most reported first.',
  })
  @Allow(Agent)
  moderationQueue(): Promise<ModerationQueueItem[]> {
    return this.discussion.queue();
  }

  @Mutation(() => ModerationResult, {
    description: 'Agent: hides content with a public reason, or restores it.',
  })
  @Allow(Agent)
  moderateContent(
    @CurrentActor() agent: Actor,
    @Args('input') input: ModerateContentInput,
  ): Promise<ModerationResult> {
    return this.discussion.moderate(agent, input);
  }
}
