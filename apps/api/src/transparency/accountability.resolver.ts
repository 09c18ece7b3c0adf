import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Anyone } from '@quorum/identity';
import { Accountability, AccountabilityService } from '@quorum/transparency';

@Resolver()
export class AccountabilityResolver {
  constructor(private readonly service: AccountabilityService) {}

  @Query(() => Accountability, {
    description:
      'Public: what the town hall owes each council (official answers, minutes publications), ' +
      'what is overdue and by how many days, how long qualified proposals waited for an ' +
      'agenda, and the average and worst delays; computed from the data on each request.',
  })
  @Allow(Anyone)
  accountability(
    @Args('councilId', { type: () => ID, nullable: true }) councilId?: string,
  ): Promise<Accountability> {
    return this.service.report(councilId ?? null);
  }
}
