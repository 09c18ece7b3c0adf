import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Account } from '../accounts/account.types';
import { accountView } from '../accounts/account.view';
import { Actor } from '../authorization/actor';
import { Allow } from '../authorization/allow.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Agent, VerifiedEmail } from '../authorization/policy';
import { ResidencyService } from './residency.service';
import {
  CensusImportReport,
  ClaimResidencyInput,
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
      'Resident: proves residency by typing the data of one census entry (one entry per account).',
  })
  @Allow(VerifiedEmail)
  async claimResidency(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClaimResidencyInput,
  ): Promise<Account> {
    return accountView(await this.residency.claim(actor, input));
  }
}
