import { Injectable } from '@nestjs/common';
import { Clock, DomainError, townDay } from '@quorum/core';
import { CouncilCard, CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { AssessmentsService } from './assessments.service';
import { checkGeometry } from './rules/geometry';
import { datesProblems, detourChangeable, reportable, worksPhase } from './rules/works-phase';
import {
  AnswerDetourReportInput,
  ChangeDetourInput,
  DetourReport,
  DetourVersion,
  HideDetourReportInput,
  PostWorksInput,
  ReportDetourProblemInput,
  UpdateWorksInput,
  WorksFieldsInput,
  WorksPhaseGql,
  WorksProject,
  WorksProjectsArgs,
  WorksScope,
} from './works.types';
import {
  BAD_GEOMETRY,
  REPORT_ALREADY_ANSWERED,
  REPORT_ALREADY_HIDDEN,
  REPORT_NOT_FOUND,
  UNKNOWN_COUNCIL,
  WORKS_FINISHED,
  WORKS_NOT_CURRENT,
  WORKS_NOT_FOUND,
} from './works.errors';
import { NewWorks, ReportRow, WorksRepository, WorksRow } from './works.repository';

/** A page of /travaux is small: a town posts tens of works a year, not thousands. */
const LIST_LIMIT = 200;

/**
 * Works projects and their pedestrian detours (issue 19): the town hall posts and edits them,
 * changes the detour (a new version, the old ones kept), answers reports in public.
 */
@Injectable()
export class WorksService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
    private readonly rows: WorksRepository,
    private readonly assessments: AssessmentsService,
  ) {}

  private today(): string {
    return townDay(this.clock.now());
  }

  private view(row: WorksRow): WorksProject {
    return {
      ...row,
      phase: worksPhase(row.startsOn, row.endsOn, this.today()) as WorksPhaseGql,
    };
  }

  /** The fields of a project checked beyond their types: dates, geometry, councils. */
  private async checked(
    em: EntityManager,
    input: WorksFieldsInput,
    keptDueOn: string | null = null,
  ): Promise<Omit<NewWorks, 'createdBy'>> {
    const problems = datesProblems(input, this.today(), keptDueOn);
    if (problems.length)
      throw DomainError.badInput(
        problems.map(([field, fr]) => ({ field, message: { fr, en: 'invalid dates' } })),
      );
    let geometry: string | null = null;
    if (input.geometry?.trim()) {
      const check = checkGeometry(input.geometry.trim());
      if (!check.ok) throw BAD_GEOMETRY(check.reason);
      geometry = check.geometry;
    }
    // Inside the caller's transaction, the councils' own check (at most 20 of them, by key).
    for (const councilId of new Set(input.councilIds))
      if (!(await this.councils.exists(em, councilId))) throw UNKNOWN_COUNCIL();
    return {
      title: input.title,
      description: input.description,
      address: input.address,
      geometry,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      assessmentDueOn: input.assessmentDueOn || null,
    };
  }

  async post(actor: Actor, input: PostWorksInput): Promise<WorksProject> {
    const councilIds = [...new Set(input.councilIds)];
    const id = await this.tx.run(async (em) => {
      const fields = await this.checked(em, input);
      const created = await this.rows.insert(em, { ...fields, createdBy: actor.accountId });
      await this.rows.setCouncils(em, created, councilIds);
      await this.rows.insertDetour(em, {
        worksId: created,
        version: 1,
        description: input.detour,
        accessible: input.detourAccessible,
        reason: null,
        createdBy: actor.accountId,
      });
      await this.outbox.record(em, 'works.posted', { worksId: created });
      // Partner associations are asked only when the town hall gives them a date to answer by.
      const asked = fields.assessmentDueOn ? await this.assessments.requestIn(em, created) : [];
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.posted',
        objectType: 'works',
        objectId: created,
        after: {
          ...fields,
          councilIds,
          detour: { version: 1, description: input.detour, accessible: input.detourAccessible },
          assessmentRequestedFrom: asked,
        },
      });
      return created;
    });
    return this.get(id);
  }

  async update(actor: Actor, input: UpdateWorksInput): Promise<WorksProject> {
    const councilIds = [...new Set(input.councilIds)];
    await this.tx.run(async (em) => {
      const before = await this.rows.lock(em, input.id);
      if (!before) throw WORKS_NOT_FOUND();
      const fields = await this.checked(em, input, before.assessmentDueOn);
      const councilsBefore = await this.rows.councilsOf(em, [input.id]);
      await this.rows.update(em, input.id, fields);
      await this.rows.setCouncils(em, input.id, councilIds);
      // A due day given (or moved), or other councils: the partners not asked yet are asked now.
      const councilsChanged =
        councilsBefore.length !== councilIds.length ||
        councilsBefore.some((c) => !councilIds.includes(c.councilId));
      const asked =
        fields.assessmentDueOn &&
        (fields.assessmentDueOn !== before.assessmentDueOn || councilsChanged)
          ? await this.assessments.requestIn(em, input.id)
          : [];
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.updated',
        objectType: 'works',
        objectId: input.id,
        before: {
          title: before.title,
          description: before.description,
          address: before.address,
          geometry: before.geometry,
          startsOn: before.startsOn,
          endsOn: before.endsOn,
          assessmentDueOn: before.assessmentDueOn,
          councilIds: councilsBefore.map((c) => c.councilId),
        },
        after: { ...fields, councilIds, assessmentRequestedFrom: asked },
      });
    });
    return this.get(input.id);
  }

  /** A new version of the detour; its followers and the councils' followers hear of it. */
  async changeDetour(actor: Actor, input: ChangeDetourInput): Promise<WorksProject> {
    await this.tx.run(async (em) => {
      const works = await this.rows.lock(em, input.worksId);
      if (!works) throw WORKS_NOT_FOUND();
      if (!detourChangeable(worksPhase(works.startsOn, works.endsOn, this.today())))
        throw WORKS_FINISHED();
      const version = works.detourVersion + 1;
      await this.rows.insertDetour(em, {
        worksId: works.id,
        version,
        description: input.description,
        accessible: input.accessible,
        reason: input.reason,
        createdBy: actor.accountId,
      });
      await this.outbox.record(em, 'works.detour-changed', { worksId: works.id, version });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.detour-changed',
        objectType: 'works',
        objectId: works.id,
        before: { version: works.detourVersion },
        after: {
          version,
          description: input.description,
          accessible: input.accessible,
          reason: input.reason,
        },
      });
    });
    return this.get(input.worksId);
  }

  /** Anyone signed in, while the works are on; the report goes public with the town hall's answer. */
  async report(actor: Actor, input: ReportDetourProblemInput): Promise<DetourReport> {
    const id = await this.tx.run(async (em) => {
      const works = await this.rows.lock(em, input.worksId);
      if (!works) throw WORKS_NOT_FOUND();
      if (!reportable(worksPhase(works.startsOn, works.endsOn, this.today())))
        throw WORKS_NOT_CURRENT();
      const created = await this.rows.insertReport(em, {
        worksId: works.id,
        detourVersion: works.detourVersion,
        authorId: actor.accountId,
        problem: input.problem,
        place: input.place,
        description: input.description,
      });
      await this.outbox.record(em, 'works.detour-reported', { reportId: created });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.detour-reported',
        objectType: 'works-report',
        objectId: created,
        after: {
          worksId: works.id,
          detourVersion: works.detourVersion,
          problem: input.problem,
          place: input.place,
          description: input.description,
        },
      });
      return created;
    });
    return this.reportView((await this.tx.read((em) => this.rows.getReport(em, id)))!);
  }

  async answer(actor: Actor, input: AnswerDetourReportInput): Promise<DetourReport> {
    await this.tx.run(async (em) => {
      const report = await this.rows.lockReport(em, input.reportId);
      if (!report) throw REPORT_NOT_FOUND();
      // A hidden report is out of every public read: a public answer to it would bring it back.
      if (report.hiddenAt) throw REPORT_ALREADY_HIDDEN();
      if (report.answer !== null) throw REPORT_ALREADY_ANSWERED();
      await this.rows.answerReport(em, report.id, input.answer, actor.accountId);
      await this.outbox.record(em, 'works.report-answered', { reportId: report.id });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.report-answered',
        objectType: 'works-report',
        objectId: report.id,
        after: { worksId: report.worksId, answer: input.answer },
      });
    });
    return this.reportView((await this.tx.read((em) => this.rows.getReport(em, input.reportId)))!);
  }

  /**
   * Moderation by an agent, as for a place's report: the report leaves every public read (the
   * project's reports, the list to answer, the open data's counts); the audit keeps why, in an
   * entry that is not public (`works.report-hidden`, as `place.report-hidden`). Its author still
   * finds it in their personal-data export.
   */
  async hide(actor: Actor, input: HideDetourReportInput): Promise<WorksProject> {
    const worksId = await this.tx.run(async (em) => {
      const report = await this.rows.lockReport(em, input.reportId);
      if (!report) throw REPORT_NOT_FOUND();
      if (report.hiddenAt) throw REPORT_ALREADY_HIDDEN();
      await this.rows.hideReport(em, report.id, { reason: input.reason, by: actor.accountId });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'works.report-hidden',
        objectType: 'works-report',
        objectId: report.id,
        after: { worksId: report.worksId, reason: input.reason },
      });
      return report.worksId;
    });
    return this.get(worksId);
  }

  async follow(actor: Actor, worksId: string, follow: boolean): Promise<WorksProject> {
    await this.tx.run(async (em) => {
      if (!(await this.rows.get(em, worksId))) throw WORKS_NOT_FOUND();
      if (follow) await this.rows.follow(em, worksId, actor.accountId);
      else await this.rows.unfollow(em, worksId, actor.accountId);
    });
    return this.get(worksId);
  }

  async get(id: string): Promise<WorksProject> {
    const row = await this.tx.read((em) => this.rows.get(em, id));
    if (!row) throw WORKS_NOT_FOUND();
    return this.view(row);
  }

  async list(args: WorksProjectsArgs): Promise<WorksProject[]> {
    const today = args.scope === WorksScope.ALL ? null : this.today();
    const rows = await this.tx.read((em) =>
      this.rows.list(em, today, args.councilId ?? null, LIST_LIMIT),
    );
    return rows.map((row) => this.view(row));
  }

  async detours(worksIds: readonly string[]): Promise<DetourVersion[][]> {
    const rows = await this.tx.read((em) => this.rows.detoursOf(em, worksIds));
    return worksIds.map((id) => rows.filter((d) => d.worksId === id));
  }

  async councilIds(worksIds: readonly string[]): Promise<string[][]> {
    const rows = await this.tx.read((em) => this.rows.councilsOf(em, worksIds));
    return worksIds.map((id) => rows.filter((r) => r.worksId === id).map((r) => r.councilId));
  }

  async reports(worksIds: readonly string[]): Promise<DetourReport[][]> {
    const rows = await this.tx.read((em) => this.rows.reportsOf(em, worksIds));
    return worksIds.map((id) =>
      rows.filter((r) => r.worksId === id).map((r) => this.reportView(r)),
    );
  }

  async unanswered(): Promise<DetourReport[]> {
    const rows = await this.tx.read((em) => this.rows.unanswered(em, LIST_LIMIT));
    return rows.map((r) => this.reportView(r));
  }

  async follows(worksIds: readonly string[], accountId: string): Promise<boolean[]> {
    const followed = await this.tx.read((em: EntityManager) =>
      this.rows.followed(em, worksIds, accountId),
    );
    return worksIds.map((id) => followed.has(id));
  }

  /** The councils of each of these works: one read of the links, one of the councils. */
  async councilsOf(worksIds: readonly string[]): Promise<CouncilCard[][]> {
    const ids = await this.councilIds(worksIds);
    const union = [...new Set(ids.flat())];
    const cards = union.length ? await this.councils.byIds(union) : [];
    const byId = new Map(cards.filter((c): c is CouncilCard => c !== null).map((c) => [c.id, c]));
    return ids.map((list) => list.flatMap((id) => byId.get(id) ?? []));
  }

  private reportView(r: ReportRow): DetourReport {
    const { authorId: _author, hiddenAt: _hidden, ...rest } = r;
    void _author;
    void _hidden;
    return rest as DetourReport;
  }
}
