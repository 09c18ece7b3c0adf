import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Connection, IdArg, PageArgs } from '@quorum/core';
import {
  Actor,
  Agent,
  Allow,
  Anyone,
  CurrentActor,
  SignedIn,
  VerifiedEmail,
} from '@quorum/identity';
import DataLoader from 'dataloader';
import { OwnMembership } from './council.policies';
import {
  AddCouncilMemberInput,
  CollegeGql,
  CouncilRoleGql,
  CreateCouncilInput,
  EndMembershipInput,
  UpdateCouncilCharterInput,
} from './council.inputs';
import {
  Charter,
  CollegeSeats,
  Council,
  CouncilConnection,
  FollowPayload,
  OwnSeat,
} from './council.types';
import { CouncilCard, CouncilDetails, CouncilsService } from './councils.service';
import { MembershipService } from './membership/membership.service';

type RequestContext = {
  req: {
    councilFollowedLoader?: DataLoader<string, boolean>;
    councilDetailsLoader?: DataLoader<string, CouncilDetails | null>;
    councilFollowersLoader?: DataLoader<string, number>;
  };
};

@Resolver(() => Council)
export class CouncilsResolver {
  constructor(
    private readonly service: CouncilsService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => CouncilConnection, { description: 'Public: the councils, by name.' })
  @Allow(Anyone)
  councils(@Args() page: PageArgs): Promise<Connection<CouncilCard>> {
    return this.service.list(page.first, page.after);
  }

  @Query(() => Council, {
    description: 'Public: one council by its slug, with its charter and members.',
  })
  @Allow(Anyone)
  council(@Args('slug') slug: string): Promise<Council> {
    return this.service.bySlug(slug);
  }

  @Query(() => [OwnSeat], {
    description:
      'Signed in: the seats the caller holds today, in every council (none: an empty list).',
  })
  @Allow(SignedIn)
  async mySeats(@CurrentActor() actor: Actor): Promise<OwnSeat[]> {
    return (await this.memberships.seatsOf(actor)).map((seat) => ({
      ...seat,
      college: seat.college as CollegeGql,
      role: seat.role as CouncilRoleGql,
    }));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the caller follows the council (false when anonymous).',
  })
  @Allow(Anyone)
  async viewerFollows(
    @Parent() council: Council,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    if (!actor) return false;
    // One loader per request (one caller): every council of a page is asked in one query.
    context.req.councilFollowedLoader ??= new DataLoader((ids: readonly string[]) =>
      this.service.followedBy(actor.accountId, ids),
    );
    return context.req.councilFollowedLoader.load(council.id);
  }

  @ResolveField(() => Charter)
  @Allow(Anyone)
  async charter(
    @Parent() council: CouncilCard,
    @Context() context: RequestContext,
  ): Promise<Charter> {
    return council.charter ?? (await this.details(council, context)).charter;
  }

  @ResolveField(() => [CollegeSeats], {
    description: 'The four colleges, with their members in office.',
  })
  @Allow(Anyone)
  async colleges(
    @Parent() council: CouncilCard,
    @Context() context: RequestContext,
  ): Promise<CollegeSeats[]> {
    return council.colleges ?? (await this.details(council, context)).colleges;
  }

  @ResolveField(() => Int)
  @Allow(Anyone)
  async followersCount(
    @Parent() council: CouncilCard,
    @Context() context: RequestContext,
  ): Promise<number> {
    if (council.followersCount !== undefined) return council.followersCount;
    // Alone, as the list of councils asks it: the counts only, not the charters and members.
    context.req.councilFollowersLoader ??= new DataLoader((ids: readonly string[]) =>
      this.service.followersCounts(ids),
    );
    return context.req.councilFollowersLoader.load(council.id);
  }

  /**
   * A council given as a card (another lib's list: a proposal's council) has no details: one
   * loader per request reads those of every council of the page, once, whichever fields ask.
   */
  private async details(council: CouncilCard, context: RequestContext): Promise<CouncilDetails> {
    context.req.councilDetailsLoader ??= new DataLoader((ids: readonly string[]) =>
      this.service.details(ids),
    );
    // A card is read from an existing council; councils are never deleted.
    return (await context.req.councilDetailsLoader.load(council.id))!;
  }

  @Mutation(() => Council, {
    description: 'Agent: creates a council with its charter (defaults of SPEC §2).',
  })
  @Allow(Agent)
  createCouncil(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCouncilInput,
  ): Promise<Council> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Council, {
    description:
      'Agent: a new version of the charter (audited); what started under the previous one keeps it. Refused while a ballot of the council is open (PRECONDITION_FAILED, reason BALLOT_OPEN), the refused attempt audited (council.charter-update-refused).',
  })
  @Allow(Agent)
  updateCouncilCharter(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCouncilCharterInput,
  ): Promise<Council> {
    return this.service.updateCharter(actor, input.councilId, input.charter);
  }

  @Mutation(() => Council, {
    description: 'Agent: gives a person a seat in a college, with a role, for a term.',
  })
  @Allow(Agent)
  async addCouncilMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddCouncilMemberInput,
  ): Promise<Council> {
    await this.memberships.add(actor, input);
    return this.service.byId(input.councilId);
  }

  @Mutation(() => Council, {
    description: 'Agent, or the member themselves: ends a membership, with a reason.',
  })
  @Allow(Agent, OwnMembership)
  async endMembership(
    @CurrentActor() actor: Actor,
    @Args('input') input: EndMembershipInput,
  ): Promise<Council> {
    return this.service.byId(await this.memberships.end(actor, input.membershipId, input.reason));
  }

  @Mutation(() => FollowPayload, { description: 'Follows a council, to be notified of its life.' })
  @Allow(VerifiedEmail)
  followCouncil(
    @CurrentActor() actor: Actor,
    @IdArg('councilId') councilId: string,
  ): Promise<FollowPayload> {
    return this.service.follow(actor, councilId, true);
  }

  @Mutation(() => FollowPayload)
  @Allow(VerifiedEmail)
  unfollowCouncil(
    @CurrentActor() actor: Actor,
    @IdArg('councilId') councilId: string,
  ): Promise<FollowPayload> {
    return this.service.follow(actor, councilId, false);
  }
}
