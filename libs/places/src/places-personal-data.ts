import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { PlacesPersonalDataRepository } from './places-personal-data.repository';

/**
 * A resident's reports are public (without their name) with the town hall's answers: erasure
 * unlinks them from the account and they stay. Checks and answers are the agents' acts for the
 * town hall: exported, kept as its records.
 */
@Injectable()
@HoldsPersonalData('places', ['place_report', 'place_check'])
export class PlacesPersonalData implements PersonalDataSection {
  constructor(private readonly rows: PlacesPersonalDataRepository) {}

  export(em: EntityManager, accountId: string) {
    return this.rows.export(em, accountId);
  }

  erase(em: EntityManager, accountId: string): Promise<void> {
    return this.rows.erase(em, accountId);
  }
}
