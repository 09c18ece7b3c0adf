import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { WorksPersonalDataRepository } from './works-personal-data.repository';

/**
 * Reports on detours, follows of works, assessment requests received and assessments written for
 * an association, and what agents posted for the town hall.
 */
@Injectable()
@HoldsPersonalData('works', [
  'works',
  'works_detour',
  'works_report',
  'works_follower',
  'works_assessment_invitee',
  'works_assessment',
])
export class WorksPersonalData implements PersonalDataSection {
  constructor(private readonly rows: WorksPersonalDataRepository) {}

  export(em: EntityManager, accountId: string) {
    return this.rows.export(em, accountId);
  }

  erase(em: EntityManager, accountId: string): Promise<void> {
    return this.rows.erase(em, accountId);
  }
}
