import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { ProposalsPersonalDataRepository } from './proposals-personal-data.repository';

/**
 * Proposals and comments are public contributions and stay (under the anonymous name); drafts
 * and reports go. Supports keep counting
 * without a link to the person: their account id is replaced by a random one. `proposal_search`
 * is a copy of proposal's columns that triggers keep (a draft erased leaves it with its row):
 * nothing of its own to export or erase.
 */
@Injectable()
@HoldsPersonalData('proposals', [
  'proposal',
  'proposal_search',
  'proposal_support',
  'comment',
  'content_report',
  'proposal_follower',
])
export class ProposalsPersonalData implements PersonalDataSection {
  constructor(private readonly rows: ProposalsPersonalDataRepository) {}

  export(em: EntityManager, accountId: string) {
    return this.rows.export(em, accountId);
  }

  erase(em: EntityManager, accountId: string): Promise<void> {
    return this.rows.erase(em, accountId);
  }
}
