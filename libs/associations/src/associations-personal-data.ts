import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { AssociationRepository } from './association.repository';
import { SolidarityEntryRepository } from './solidarity/solidarity-entry.repository';

/**
 * What associations hold about a person: the associations they act for, those they proposed, the
 * seats they held for one. Acting for an association ends with the account; the associations
 * stay (they are organisations), unlinked from their proposer; a seat's record is public history.
 */
@Injectable()
@HoldsPersonalData('associations', [
  'association',
  'association_member',
  'association_seat',
  'solidarity_entry',
])
export class AssociationsPersonalData implements PersonalDataSection {
  constructor(
    private readonly associations: AssociationRepository,
    private readonly entries: SolidarityEntryRepository,
  ) {}

  async export(em: EntityManager, accountId: string) {
    const actsFor = await this.associations.membershipsOf(em, accountId);
    // Seats held for an association, those proposed, the people added to one.
    const seatsHeld = await this.associations.seatsHeldBy(em, accountId);
    const proposed = await this.associations.proposedBy(em, accountId);
    const membersAdded = await this.associations.membersAddedBy(em, accountId);
    // The entries they created or checked: the entries stay (the association's), unlinked on erasure.
    const solidarityEntries = await this.entries.touchedBy(em, accountId);
    return { actsFor, seatsHeld, proposed, membersAdded, solidarityEntries };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await this.associations.forgetMember(em, accountId);
    await this.associations.forgetProposer(em, accountId);
    await this.entries.forget(em, accountId);
  }
}
