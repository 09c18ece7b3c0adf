import { Injectable } from '@nestjs/common';
import { AssociationField, AssociationsService } from '@quorum/associations';
import { Clock, townDay } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { AssessmentRepository } from './assessment.repository';
import { assessmentOpen } from './rules/works-phase';
import { AssessmentRequest, AssessWorksInput, WorksAssessment } from './works.types';
import {
  ALREADY_ASSESSED,
  ASSESSMENT_CLOSED,
  ASSESSMENT_NOT_REQUESTED,
  NOT_ACTING_FOR_PARTNER,
  WORKS_NOT_FOUND,
} from './works.errors';
import { WorksRepository } from './works.repository';

/** The partner associations concerned by a detour (issue 19): mobility and disability. */
export const ASSESSING_FIELDS: readonly AssociationField[] = ['MOBILITY', 'DISABILITY'];

/**
 * Partner associations' assessments of a works' detour: asked when the works are posted with a
 * due date, given by one member for the association, once, up to the due day.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly associations: AssociationsService,
    private readonly clock: Clock,
    private readonly works: WorksRepository,
    private readonly rows: AssessmentRepository,
  ) {}

  /**
   * In the posting's (or the edit's) transaction: asks the partners in the fields concerned not
   * asked yet; only their members hear of it. Returns the associations newly asked.
   */
  async requestIn(em: EntityManager, worksId: string): Promise<string[]> {
    const partners = await this.associations.partnersInFields(em, ASSESSING_FIELDS);
    if (partners.length === 0) return [];
    const asked = await this.rows.request(em, worksId, partners);
    if (asked.length > 0)
      await this.outbox.record(em, 'works.assessment-requested', {
        worksId,
        associationIds: asked,
      });
    return asked;
  }

  async assess(actor: Actor, input: AssessWorksInput): Promise<WorksAssessment> {
    const id = await this.tx.run(async (em) => {
      const works = await this.works.lock(em, input.worksId);
      if (!works) throw WORKS_NOT_FOUND();
      if (!(await this.associations.actsForPartner(em, actor.accountId, input.associationId)))
        throw NOT_ACTING_FOR_PARTNER();
      if (!(await this.rows.requested(em, works.id, input.associationId)))
        throw ASSESSMENT_NOT_REQUESTED();
      if (!assessmentOpen(works.assessmentDueOn, townDay(this.clock.now())))
        throw ASSESSMENT_CLOSED();
      const created = await this.rows.insert(em, {
        worksId: works.id,
        associationId: input.associationId,
        authorId: actor.accountId,
        detourVersion: works.detourVersion,
        opinion: input.opinion,
        comment: input.comment,
      });
      if (!created) throw ALREADY_ASSESSED();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.assessed',
        objectType: 'works',
        objectId: works.id,
        after: {
          associationId: input.associationId,
          detourVersion: works.detourVersion,
          opinion: input.opinion,
          comment: input.comment,
        },
      });
      return created;
    });
    const all = await this.assessments([input.worksId]);
    return all[0].find((a) => a.id === id)!;
  }

  /** The associations' names in one statement, whatever the number of rows. */
  private async names(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const found = await this.associations.namesOf(em, [...new Set(ids)]);
    return new Map(ids.map((id) => [id, found.get(id) ?? 'Association']));
  }

  async assessments(worksIds: readonly string[]): Promise<WorksAssessment[][]> {
    return this.tx.read(async (em) => {
      const rows = await this.rows.assessmentsOf(em, worksIds);
      const names = await this.names(
        em,
        rows.map((r) => r.associationId),
      );
      return worksIds.map((id) =>
        rows
          .filter((r) => r.worksId === id)
          .map((r) => ({
            ...r,
            opinion: r.opinion as WorksAssessment['opinion'],
            associationName: names.get(r.associationId)!,
          })),
      );
    });
  }

  async requests(worksIds: readonly string[]): Promise<AssessmentRequest[][]> {
    return this.tx.read(async (em) => {
      const rows = await this.rows.requestsOf(em, worksIds);
      const names = await this.names(
        em,
        rows.map((r) => r.associationId),
      );
      return worksIds.map((id) =>
        rows
          .filter((r) => r.worksId === id)
          .map((r) => ({ ...r, associationName: names.get(r.associationId)! })),
      );
    });
  }

  /**
   * For each of these works, the requests the caller may answer now: their partners', not yet
   * given, open. Batched: one read of the caller's partners and one of the requests.
   */
  async forViewer(
    accountId: string,
    works: readonly { id: string; assessmentDueOn: string | null }[],
  ): Promise<AssessmentRequest[][]> {
    const today = townDay(this.clock.now());
    const open = works.filter((w) => assessmentOpen(w.assessmentDueOn, today));
    if (open.length === 0) return works.map(() => []);
    const mine = await this.tx.read((em) => this.associations.partnersOf(em, accountId));
    if (mine.length === 0) return works.map(() => []);
    const ids = new Set(mine.map((m) => m.id));
    const requests = await this.requests(open.map((w) => w.id));
    const byWorks = new Map(open.map((w, i) => [w.id, requests[i]]));
    return works.map((w) =>
      (byWorks.get(w.id) ?? []).filter((r) => ids.has(r.associationId) && !r.assessed),
    );
  }
}
