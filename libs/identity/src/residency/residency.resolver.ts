import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs } from '@quorum/core';
import { Account } from '../accounts/account.types';
import { accountView } from '../accounts/account.view';
import { ANSWER_FLOOR_MS, notBefore } from '../auth/answer-floor';
import { Actor } from '../authorization/actor';
import { Allow } from '../authorization/allow.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Agent, VerifiedEmail } from '../authorization/policy';
import { ResidencyService } from './residency.service';
import {
  CensusImportReport,
  ClaimResidencyInput,
  ContestedResidencyClaim,
  ContestedResidencyClaimConnection,
  ImportCensusInput,
  VerifyResidentInput,
} from './residency.types';

@Resolver()
export class ResidencyResolver {
  constructor(private readonly residency: ResidencyService) {}

  @Mutation(() => Account, {
    description: 'Agent: records that a resident’s proof of address was checked.',
  })
  @Allow(Agent)
  async verifyResident(
    @CurrentActor() agent: Actor,
    @Args('input') input: VerifyResidentInput,
  ): Promise<Account> {
    return accountView(
      await this.residency.verifyByAgent(agent, input.accountId, input.neighbourhood),
    );
  }

  @Mutation(() => CensusImportReport, {
    description:
      'Agent: imports a census list (stored as keyed hashes, never in clear); reports rejected rows.',
  })
  @Allow(Agent)
  importCensus(
    @CurrentActor() agent: Actor,
    @Args('input') input: ImportCensusInput,
  ): Promise<CensusImportReport> {
    return this.residency.importCensus(agent, input.csv);
  }

  @Mutation(() => Account, {
    description:
      'Resident: proves residency by typing the data of one census entry (one entry per account; claiming it again succeeds). NOT_FOUND when no free entry matches, including one another account holds (agents are told).',
  })
  @Allow(VerifiedEmail)
  async claimResidency(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClaimResidencyInput,
  ): Promise<Account> {
    // Every outcome answers no sooner than the floor: a contested claim's extra writes must not show.
    return accountView(await notBefore(ANSWER_FLOOR_MS, this.residency.claim(actor, input)));
  }

  @Query(() => ContestedResidencyClaimConnection, {
    description: 'Agent: census claims of entries another account already held, newest first.',
  })
  @Allow(Agent)
  contestedResidencyClaims(@Args() page: PageArgs): Promise<Connection<ContestedResidencyClaim>> {
    return this.residency.contestedClaims(page);
  }
}
