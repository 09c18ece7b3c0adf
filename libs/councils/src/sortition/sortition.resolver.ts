import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '@quorum/core';
import { Actor, Agent, Allow, Anyone, CurrentActor, VerifiedResident } from '@quorum/identity';
import { AnnounceSortitionInput, RunSortitionInput, VolunteerInput } from '../council.inputs';
import { Sortition } from '../council.types';
import { SortitionService } from './sortition.service';

@Resolver()
export class SortitionResolver {
  constructor(private readonly draws: SortitionService) {}

  @Mutation(() => Boolean, {
    description:
      'Verified resident of the council’s neighbourhood: volunteers to be drawn by lot (gender for parity).',
  })
  @Allow(VerifiedResident)
  async volunteerForSortition(
    @CurrentActor() actor: Actor,
    @Args('input') input: VolunteerInput,
  ): Promise<boolean> {
    await this.draws.volunteer(actor, input);
    return true;
  }

  @Mutation(() => Sortition, {
    description:
      'Agent, step one: freezes and publishes the pool in its order, with the rule that will give the seed.',
  })
  @Allow(Agent)
  announceSortition(
    @CurrentActor() actor: Actor,
    @Args('input') input: AnnounceSortitionInput,
  ): Promise<Sortition> {
    return this.draws.announce(actor, input);
  }

  @Mutation(() => Sortition, {
    description:
      'Agent, step two: draws with the seed; the people drawn join the residents’ college.',
  })
  @Allow(Agent)
  runSortition(
    @CurrentActor() actor: Actor,
    @Args('input') input: RunSortitionInput,
  ): Promise<Sortition> {
    return this.draws.run(actor, input);
  }

  @Query(() => Sortition, { description: 'Public: a draw’s inputs and result, to recompute it.' })
  @Allow(Anyone)
  sortition(@IdArg('id') id: string): Promise<Sortition> {
    return this.draws.get(id);
  }

  @Query(() => [Sortition], {
    description: 'Public: a council’s draws by lot, the latest first, with their inputs.',
  })
  @Allow(Anyone)
  sortitions(@IdArg('councilId') councilId: string): Promise<Sortition[]> {
    return this.draws.ofCouncil(councilId);
  }
}
