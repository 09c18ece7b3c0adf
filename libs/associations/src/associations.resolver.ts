import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, IdArg, PageArgs } from '@quorum/core';
import {
  Actor,
  Agent,
  Allow,
  Anyone,
  CurrentActor,
  isTownHall,
  SignedIn,
  VerifiedEmail,
} from '@quorum/identity';
import DataLoader from 'dataloader';
import {
  Association as AssociationRow,
  AssociationField,
  AssociationStatus,
} from './association.entity';
import {
  AssociationFieldGql,
  AssociationInput,
  AssociationMemberByEmailInput,
  AssociationMemberInput,
  AssociationStatusGql,
  DecideOnAssociationInput,
  SeatAssociationInput,
  UpdateAssociationInput,
} from './association.inputs';
import { AssociationMember, associationOfInput } from './association.policies';
import { MemberRow, SeatRow } from './association.repository';
import {
  Association,
  AssociationConnection,
  AssociationMemberView,
  AssociationSeat,
} from './association.types';
import { AssociationsService } from './associations.service';

type RequestContext = {
  req: {
    associationMemberOfLoader?: DataLoader<string, boolean>;
    associationMembersLoader?: DataLoader<string, MemberRow[]>;
    associationSeatsLoader?: DataLoader<string, SeatRow[]>;
  };
};

const viewOf = (a: AssociationRow): Omit<Association, 'viewerIsMember' | 'members' | 'seats'> => ({
  id: a.id,
  name: a.name,
  description: a.description,
  fields: a.fields as AssociationFieldGql[],
  contactEmail: a.contactEmail,
  contactPhone: a.contactPhone,
  website: a.website,
  status: a.status as AssociationStatusGql,
  statusReason: a.statusReason,
  approvedAt: a.approvedAt,
  createdAt: a.createdAt,
});

const grouped = <T extends { associationId: string }>(rows: T[], ids: readonly string[]) =>
  ids.map((id) => rows.filter((row) => row.associationId === id));

@Resolver(() => Association)
export class AssociationsResolver {
  constructor(private readonly service: AssociationsService) {}

  @Query(() => AssociationConnection, {
    description:
      'Public: the partner associations, by name, a page at a time. Agents see every status (or the one asked).',
  })
  @Allow(Anyone)
  async associations(
    @CurrentActor() actor: Actor | null,
    @Args() page: PageArgs,
    @Args('status', { type: () => AssociationStatusGql, nullable: true })
    status?: AssociationStatusGql,
    @Args('field', { type: () => AssociationFieldGql, nullable: true })
    field?: AssociationFieldGql,
  ): Promise<Connection<Association>> {
    const found = await this.service.list(
      actor,
      {
        status: (status ?? null) as AssociationStatus | null,
        field: (field ?? null) as AssociationField | null,
      },
      page,
    );
    return {
      ...found,
      edges: found.edges.map((edge) => ({ ...edge, node: viewOf(edge.node) as Association })),
    };
  }

  @Query(() => Association, {
    description:
      'Public for a partner; otherwise its members and agents only (NOT_FOUND for others).',
  })
  @Allow(Anyone)
  async association(
    @CurrentActor() actor: Actor | null,
    @IdArg('id') id: string,
  ): Promise<Association> {
    return viewOf(await this.service.visible(actor, id)) as Association;
  }

  @Query(() => [Association], { description: 'The associations the caller acts for.' })
  @Allow(SignedIn)
  async myAssociations(@CurrentActor() actor: Actor): Promise<Association[]> {
    return (await this.service.mine(actor)).map(viewOf) as Association[];
  }

  @ResolveField(() => Boolean)
  @Allow(Anyone)
  async viewerIsMember(
    @Parent() association: Association,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    if (!actor) return false;
    context.req.associationMemberOfLoader ??= new DataLoader(async (ids: readonly string[]) => {
      const mine = await this.service.memberOfAmong(actor.accountId, ids);
      return ids.map((id) => mine.has(id));
    });
    return context.req.associationMemberOfLoader.load(association.id);
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(Anyone)
  async statusReason(
    @Parent() association: Association,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    if (!association.statusReason) return null;
    if (isTownHall(actor) || (await this.viewerIsMember(association, actor, context)))
      return association.statusReason;
    return null;
  }

  @ResolveField(() => [AssociationMemberView])
  @Allow(Anyone)
  async members(
    @Parent() association: Association,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<AssociationMemberView[]> {
    // Who acts for an association is for the town hall and the association itself.
    if (!isTownHall(actor) && !(await this.viewerIsMember(association, actor, context))) return [];
    context.req.associationMembersLoader ??= new DataLoader(async (ids: readonly string[]) =>
      grouped(await this.service.membersOf(ids), ids),
    );
    return context.req.associationMembersLoader.load(association.id);
  }

  @ResolveField(() => [AssociationSeat])
  @Allow(Anyone)
  async seats(
    @Parent() association: Association,
    @Context() context: RequestContext,
  ): Promise<AssociationSeat[]> {
    // A seat in a council is public (the council's page lists its members).
    context.req.associationSeatsLoader ??= new DataLoader(async (ids: readonly string[]) =>
      grouped(await this.service.seatsOf(ids), ids),
    );
    return context.req.associationSeatsLoader.load(association.id);
  }

  @Mutation(() => Association, {
    description:
      'A resident proposes their association (they become its first member); an agent registers one. PENDING until an agent decides.',
  })
  @Allow(VerifiedEmail)
  async proposeAssociation(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssociationInput,
  ): Promise<Association> {
    return this.read(actor, await this.service.propose(actor, input));
  }

  @Mutation(() => Association, {
    description: 'Agent or member: its name, description, fields, contact.',
  })
  @Allow(Agent, AssociationMember(associationOfInput))
  async updateAssociation(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateAssociationInput,
  ): Promise<Association> {
    return this.read(actor, await this.service.update(actor, input.associationId, input));
  }

  @Mutation(() => Association, {
    description:
      'Agent: approves an association as a partner, declines it or suspends the partnership (a reason for the last two).',
  })
  @Allow(Agent)
  async decideOnAssociation(
    @CurrentActor() actor: Actor,
    @Args('input') input: DecideOnAssociationInput,
  ): Promise<Association> {
    return this.read(actor, await this.service.decide(actor, input));
  }

  @Mutation(() => Association, { description: 'Agent or member: someone else acts for it too.' })
  @Allow(Agent, AssociationMember(associationOfInput))
  async addAssociationMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssociationMemberInput,
  ): Promise<Association> {
    await this.service.addMember(actor, input.associationId, input.accountId);
    return this.read(actor, input.associationId);
  }

  @Mutation(() => Association, {
    description:
      'Agent or member: someone else acts for it too, named by the e-mail address of their account (what a member knows of them; account ids are not shown to residents).',
  })
  @Allow(Agent, AssociationMember(associationOfInput))
  async addAssociationMemberByEmail(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssociationMemberByEmailInput,
  ): Promise<Association> {
    await this.service.addMemberByEmail(actor, input.associationId, input.email);
    return this.read(actor, input.associationId);
  }

  @Mutation(() => Association, {
    description: 'Agent or member (themselves included): someone no longer acts for it.',
  })
  @Allow(Agent, AssociationMember(associationOfInput))
  async removeAssociationMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssociationMemberInput,
  ): Promise<Association> {
    await this.service.removeMember(actor, input.associationId, input.accountId);
    // Whoever removed themselves from a pending association saw it a moment ago: it is answered
    // as it now stands (its members no longer listed to them).
    return viewOf(await this.service.get(input.associationId)) as Association;
  }

  @Mutation(() => Association, {
    description:
      "Agent: a member of a partner association takes a seat in a council's associations college.",
  })
  @Allow(Agent)
  async seatAssociationInCouncil(
    @CurrentActor() actor: Actor,
    @Args('input') input: SeatAssociationInput,
  ): Promise<Association> {
    return this.read(actor, await this.service.seat(actor, input));
  }

  /** The association after a change, as the caller may see it. */
  private async read(actor: Actor, id: string): Promise<Association> {
    return viewOf(await this.service.visible(actor, id)) as Association;
  }
}
