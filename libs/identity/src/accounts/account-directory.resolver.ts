import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs } from '@quorum/core';
import { Actor } from '../authorization/actor';
import { Allow } from '../authorization/allow.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Agent, HasRole } from '../authorization/policy';
import { AccountDirectoryService } from './account-directory.service';
import { AccountOverviewConnection, SearchAccountsArgs } from './account-directory.types';
import { AccountOverview } from './account.types';

@Resolver()
export class AccountDirectoryResolver {
  constructor(private readonly directory: AccountDirectoryService) {}

  @Query(() => AccountOverviewConnection, {
    description:
      'Agents and admins: accounts by e-mail or display name (accents and case do not matter), to find the id that verifyResident, addCouncilMember or setAccountRole take. The exact e-mail address first, then addresses, names or words of names starting with the text, then those containing it. Deleted accounts never appear. Every search is audited (account.searched, with a keyed hash of the text, never the text).',
  })
  @Allow(Agent)
  searchAccounts(
    @CurrentActor() agent: Actor,
    @Args() args: SearchAccountsArgs,
  ): Promise<Connection<AccountOverview>> {
    return this.directory.search(agent, args.query, args);
  }

  @Query(() => AccountOverviewConnection, {
    description:
      'Agents and admins: residents whose e-mail address is confirmed and whose residency is not verified yet, longest waiting (earliest sign-up) first. Audited (account.awaiting-residency-listed).',
  })
  @Allow(Agent)
  residentsAwaitingVerification(
    @CurrentActor() agent: Actor,
    @Args() page: PageArgs,
  ): Promise<Connection<AccountOverview>> {
    return this.directory.awaitingResidency(agent, page);
  }

  @Query(() => AccountOverviewConnection, {
    description:
      'Admins: the accounts holding the AGENT or ADMIN role, by name (deleted accounts never appear), to see who can act for the town hall and take the role back with setAccountRole. Audited (account.staff-listed).',
  })
  @Allow(HasRole('ADMIN'))
  staffAccounts(
    @CurrentActor() admin: Actor,
    @Args() page: PageArgs,
  ): Promise<Connection<AccountOverview>> {
    return this.directory.staff(admin, page);
  }
}
