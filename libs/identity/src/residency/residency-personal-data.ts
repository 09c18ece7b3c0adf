import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataSection } from '../accounts/personal-data-section';
import { CensusClaimsRepository } from './census-claims.repository';

/**
 * Contested census claims name their claimant. They are not exported: that an entry is held by
 * someone else is that person's data, which the claim's answer deliberately does not tell. They
 * go with the account.
 */
@Injectable()
@HoldsPersonalData('contestedCensusClaims', ['contested_census_claim'])
export class ResidencyPersonalData implements PersonalDataSection {
  constructor(private readonly claims: CensusClaimsRepository) {}

  export(): Promise<undefined> {
    return Promise.resolve(undefined);
  }

  erase(em: EntityManager, accountId: string): Promise<void> {
    return this.claims.deleteContestedBy(em, accountId);
  }
}
