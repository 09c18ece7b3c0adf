import { Injectable } from '@nestjs/common';
import { renderMarkdown } from '@quorum/core';
import { CouncilsService, MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { PROPOSAL_NOT_FOUND, ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import {
  MEETING_ACTIONS,
  MEETING_NOT_FOUND,
  meetingWrongState,
  MINUTES_ACTIONS,
  MINUTES_NOT_FOUND,
  minutesWrongState,
  NOT_ANSWERED,
  NOT_THE_AUTHOR,
  OPPOSITION_ONLY_TO_ATTACH,
  OPPOSITION_ONLY_TO_EDIT,
  STATEMENT_EXISTS,
  STATEMENT_NOT_FOUND,
  STATEMENT_TARGET_REQUIRED,
} from '../meetings.errors';
import {
  AddOppositionStatementInput,
  DraftMinutesInput,
  UpdateOppositionStatementInput,
} from '../meeting.inputs';
import { Meeting, Minutes, OppositionStatement } from '../meeting.types';
import { auditTransition } from '../meeting-audit';
import { MeetingRepository } from '../meeting.repository';
import { MeetingViewRepository } from '../meeting-view.repository';
import { draftStep, nextMinutesStatus, publicationDue } from '../rules/minutes';
import {
  answerTakesStatements,
  hasOneTarget,
  minutesTakeStatements,
  oppositionOffice,
  statementEditRefusal,
} from '../rules/opposition-statement';
import { composeRecord, publishedDocument } from './minutes-document';
import { MinutesRepository, MinutesRow } from './minutes.repository';
import { OppositionStatementRepository } from './opposition-statement.repository';

/**
 * Minutes (SPEC §4): drafted from the records plus the secretary's summary, submitted, adopted by
 * a ballot at a later meeting, published by the town hall with a SHA-256 of the document. The
 * database refuses any change to published minutes; a correction is a new, linked version.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly memberships: MembershipService,
    private readonly proposals: ProposalsService,
    private readonly outbox: OutboxService,
    private readonly versions: MinutesRepository,
    private readonly statements: OppositionStatementRepository,
    private readonly meetings: MeetingRepository,
    private readonly views: MeetingViewRepository,
  ) {}

  async draft(actor: Actor, input: DraftMinutesInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, input.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      if (meeting.status !== 'CLOSED')
        throw meetingWrongState(meeting.status, MEETING_ACTIONS.draftMinutes);
      const latest = await this.versions.lockLatest(em, meeting.id);
      const record = await this.record(em, meeting.id, meeting.councilId);
      const step = draftStep(latest, input.correction ?? false);
      let id: string;
      if (step.kind === 'REFUSED') {
        throw minutesWrongState(step.status, MINUTES_ACTIONS.edit);
      } else if (step.kind === 'EDIT') {
        id = step.id;
        await this.versions.saveDraft(em, id, {
          record,
          summary: input.summary,
          draftedBy: actor.accountId,
        });
      } else {
        const previous = step.kind === 'CORRECTION' ? step.of : null;
        id = await this.versions.createVersion(em, {
          meetingId: meeting.id,
          councilId: meeting.councilId,
          version: step.kind === 'CORRECTION' ? step.version : 1,
          record,
          summary: input.summary,
          previousVersionId: previous,
          draftedBy: actor.accountId,
        });
        // The opposition's statements carry over to the correction; their authors may amend them.
        if (previous) await this.statements.carryOver(em, previous, id);
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'minutes.drafted',
        objectType: 'minutes',
        objectId: id,
        after: {
          meetingId: meeting.id,
          correctionOf: step.kind === 'CORRECTION' ? step.of : undefined,
        },
      });
      return meeting.id;
    });
  }

  /** The secretary hands the draft over for adoption; the record is refreshed one last time. */
  async submit(actor: Actor, id: string): Promise<string> {
    return this.tx.run(async (em) => {
      const minutes = await this.lock(em, id);
      if (!nextMinutesStatus(minutes.status, 'SUBMIT'))
        throw minutesWrongState(minutes.status, MINUTES_ACTIONS.submit);
      const record = await this.record(em, minutes.meetingId, minutes.councilId);
      await this.versions.submit(em, id, record);
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'minutes', id },
        { action: 'minutes.submitted', from: 'DRAFT', to: 'SUBMITTED' },
      );
      return minutes.meetingId;
    });
  }

  /** For ballots and agendas: locks the minutes and says whether they await adoption. */
  async isSubmitted(em: EntityManager, id: string): Promise<boolean> {
    return (await this.lock(em, id)).status === 'SUBMITTED';
  }

  /** For ballots: the council voted on submitted minutes (rejected ones go back to the secretary). */
  async recordVote(
    em: EntityManager,
    id: string,
    ballotId: string,
    adopted: boolean,
    publicationDays: number,
  ): Promise<void> {
    const minutes = await this.lock(em, id);
    if (!nextMinutesStatus(minutes.status, adopted ? 'ADOPT' : 'REJECT'))
      throw minutesWrongState(minutes.status, MINUTES_ACTIONS.vote);
    if (adopted) {
      const due = publicationDue(await this.versions.today(em), publicationDays);
      await this.versions.adopt(em, id, { ballotId, publicationDue: due });
    } else {
      await this.versions.sendBack(em, id);
    }
    await this.audit.record(em, {
      action: adopted ? 'minutes.adopted' : 'minutes.rejected',
      objectType: 'minutes',
      objectId: id,
      before: { status: 'SUBMITTED' },
      after: { status: adopted ? 'ADOPTED' : 'DRAFT', ballotId },
    });
  }

  /** Agent: publishes adopted minutes; the document and its SHA-256 are frozen from then on. */
  async publish(actor: Actor, id: string): Promise<string> {
    return this.tx.run(async (em) => {
      const minutes = await this.lock(em, id);
      if (!nextMinutesStatus(minutes.status, 'PUBLISH'))
        throw minutesWrongState(minutes.status, MINUTES_ACTIONS.publish);
      const statements = await this.views.statements(em, { minutesIds: [id] });
      // The chain's head, held until commit: the document quotes it, and the audit entry below
      // is the very next link.
      const anchor = await this.audit.anchor(em);
      const { document, contentHash } = publishedDocument(
        minutes.recordMarkdown,
        minutes.summaryMarkdown,
        statements,
        anchor,
      );
      await this.versions.publish(em, id, {
        publishedBy: actor.accountId,
        document,
        contentHash,
        anchor,
      });
      await this.outbox.record(em, 'minutes.published', { minutesId: id });
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'minutes', id },
        {
          action: 'minutes.published',
          from: 'ADOPTED',
          to: 'PUBLISHED',
          extra: {
            contentHash,
            auditAnchor: anchor,
          },
        },
      );
      return minutes.meetingId;
    });
  }

  /** An opposition councillor of the council: on minutes before publication, or on an official answer. */
  async addStatement(
    actor: Actor,
    input: AddOppositionStatementInput,
  ): Promise<OppositionStatement> {
    if (!hasOneTarget(input)) throw STATEMENT_TARGET_REQUIRED();
    const id = await this.tx.run(async (em) => {
      let councilId: string;
      if (input.minutesId) {
        const minutes = await this.lock(em, input.minutesId);
        if (!minutesTakeStatements(minutes.status))
          throw minutesWrongState(minutes.status, MINUTES_ACTIONS.attachStatement);
        councilId = minutes.councilId;
      } else {
        const proposal = await this.proposals.stateOf(em, input.proposalId!);
        if (!proposal) throw PROPOSAL_NOT_FOUND();
        if (!answerTakesStatements(proposal.status)) throw NOT_ANSWERED();
        councilId = proposal.councilId;
      }
      const offices = await this.memberships.rolesOf(councilId, actor.accountId, em);
      const opposition = oppositionOffice(offices);
      if (!opposition) throw OPPOSITION_ONLY_TO_ATTACH();
      const created = await this.statements.insert(em, {
        councilId,
        authorId: actor.accountId,
        politicalGroup: opposition.politicalGroup ?? '',
        minutesId: input.minutesId ?? null,
        proposalId: input.proposalId ?? null,
        bodyMarkdown: input.body,
        bodyHtml: renderMarkdown(input.body),
      });
      if (!created) throw STATEMENT_EXISTS();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'opposition-statement.added',
        objectType: 'opposition_statement',
        objectId: created,
        after: { minutesId: input.minutesId, proposalId: input.proposalId },
      });
      return created;
    });
    return this.statement(id);
  }

  /** Only its author, and never once the minutes are published. */
  async updateStatement(
    actor: Actor,
    input: UpdateOppositionStatementInput,
  ): Promise<OppositionStatement> {
    await this.tx.run(async (em) => {
      const statement = await this.statements.lock(em, input.statementId);
      if (!statement) throw STATEMENT_NOT_FOUND();
      const offices = await this.memberships.rolesOf(statement.councilId, actor.accountId, em);
      const refusal = statementEditRefusal(statement.authorId, actor.accountId, offices);
      if (refusal === 'NOT_THE_AUTHOR') throw NOT_THE_AUTHOR();
      if (refusal === 'OPPOSITION_ONLY') throw OPPOSITION_ONLY_TO_EDIT();
      if (statement.minutesId) {
        const minutes = await this.lock(em, statement.minutesId);
        if (!minutesTakeStatements(minutes.status))
          throw minutesWrongState(minutes.status, MINUTES_ACTIONS.editStatement);
      }
      await this.statements.updateBody(em, input.statementId, {
        markdown: input.body,
        html: renderMarkdown(input.body),
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'opposition-statement.edited',
        objectType: 'opposition_statement',
        objectId: input.statementId,
      });
    });
    return this.statement(input.statementId);
  }

  async statement(id: string): Promise<OppositionStatement> {
    return this.tx.run(async (em) => {
      const [statement] = await this.views.statements(em, { ids: [id] });
      if (!statement) throw STATEMENT_NOT_FOUND();
      return statement;
    });
  }

  async statementsOn(proposalIds: readonly string[]): Promise<OppositionStatement[][]> {
    return this.tx.run(async (em) => {
      const all = await this.views.statements(em, { proposalIds: [...proposalIds] });
      return proposalIds.map((id) => all.filter((s) => s.proposalId === id));
    });
  }

  async authorOfStatement(id: string): Promise<string | null> {
    return this.tx.run((em) => this.statements.authorOf(em, id));
  }

  /** The meeting's latest version of its minutes. */
  async latestOf(meetingId: string): Promise<Minutes> {
    const id = await this.tx.run(async (em) => {
      const latest = await this.versions.latestId(em, meetingId);
      if (!latest) throw MINUTES_NOT_FOUND();
      return latest;
    });
    return this.get(id);
  }

  async get(id: string): Promise<Minutes> {
    return this.tx.run(async (em) => {
      const meetingId = await this.versions.meetingIdOf(em, id);
      if (!meetingId) throw MINUTES_NOT_FOUND();
      const meeting = await this.meetingView(em, meetingId);
      return meeting.minutes.find((m) => m.id === id)!;
    });
  }

  /** The server's part of the minutes, from what it recorded of the meeting. */
  private async record(em: EntityManager, meetingId: string, councilId: string): Promise<string> {
    const meeting = await this.meetingView(em, meetingId);
    const rules = (await this.councils.rulesOf(em, councilId))!;
    const chair = meeting.attendance.find((a) => a.accountId === meeting.chairedBy);
    return composeRecord(meeting, rules.name, chair?.displayName ?? null);
  }

  /** The meeting the minutes record, as the meetings' read model shows it. */
  private async meetingView(em: EntityManager, meetingId: string): Promise<Meeting> {
    const row = await this.meetings.row(em, meetingId);
    const [meeting] = await this.views.views(em, row ? [row] : []);
    return meeting;
  }

  private async lock(em: EntityManager, id: string): Promise<MinutesRow> {
    const row = await this.versions.lock(em, id);
    if (!row) throw MINUTES_NOT_FOUND();
    return row;
  }
}
