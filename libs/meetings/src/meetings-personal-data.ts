import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { MeetingsPersonalDataRepository } from './meetings-personal-data.repository';

/**
 * A member's attendance, public votes, opposition statements and acts in office (meetings
 * scheduled or chaired, agenda items added, minutes drafted or published) are public records of the council
 * (SPEC §1): they stay, under the anonymous name, when the account is deleted. Secret ballots hold
 * only that the person took part.
 */
@Injectable()
@HoldsPersonalData('meetings', [
  'attendance',
  'ballot_vote',
  'ballot_voter',
  'opposition_statement',
  'meeting',
  'agenda_item',
  'minutes',
])
export class MeetingsPersonalData implements PersonalDataSection {
  constructor(private readonly repository: MeetingsPersonalDataRepository) {}

  export(em: EntityManager, accountId: string) {
    return this.repository.exportOf(em, accountId);
  }

  async erase(): Promise<void> {
    // Public records stay; the account's name is what erasure replaces.
  }
}
