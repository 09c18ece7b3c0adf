import { Query, Resolver } from '@nestjs/graphql';
import { OptionalIdArg } from '@quorum/core';
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
    // A UUID or nothing: any other text would reach PostgreSQL's uuid cast (an internal error).
    @OptionalIdArg('councilId') councilId?: string | null,
  ): Promise<Accountability> {
    return this.service.report(councilId ?? null);
  }
}
