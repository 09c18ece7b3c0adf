import { Module } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InCouncil } from '@quorum/councils';
import { Allow } from '@quorum/identity';

/** Test-only operations guarded by council offices, as the meetings lib will use them. */
@Resolver()
export class CouncilProbeResolver {
  @Query(() => Boolean)
  @Allow(InCouncil(['CHAIR', 'CO_CHAIR'], (args) => args.councilId))
  probeChairs(@Args('councilId', { type: () => ID }) _councilId: string): boolean {
    return true;
  }

  @Query(() => Boolean)
  @Allow(InCouncil('ANY', (args) => args.councilId))
  probeMembers(@Args('councilId', { type: () => ID }) _councilId: string): boolean {
    return true;
  }
}

@Module({ providers: [CouncilProbeResolver] })
export class CouncilProbeModule {}
