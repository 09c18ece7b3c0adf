import { Injectable } from '@nestjs/common';
import { de, DomainError, renderMarkdown } from '@quorum/core';
import { CouncilsService, MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { fieldError, forbidden, meetingWrongState, precondition } from '../meetings.errors';
import {
  AddOppositionStatementInput,
  DraftMinutesInput,
  UpdateOppositionStatementInput,
} from '../meeting.inputs';
import { Minutes, OppositionStatement } from '../meeting.types';
import { loadStatements, MEETING_COLUMNS, MeetingRow, meetingViews } from '../meeting.view';
import { auditTransition, lockMeeting } from '../meeting-lock';
import { MinutesStatus } from './minutes.entity';
import { composeDocument, composeRecord, sha256Hex } from './minutes-document';

const MINUTES_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Procès-verbal introuvable.', en: 'Minutes not found.' });

const STATUS_FR: Record<MinutesStatus, string> = {
  DRAFT: 'un brouillon',
  SUBMITTED: 'soumis',
  ADOPTED: 'adopté',
  PUBLISHED: 'publié',
};

const minutesWrongState = (status: MinutesStatus, action: { fr: string; en: string }) =>
  precondition(
    `MINUTES_${status}`,
    `Impossible ${de(action.fr)} : le procès-verbal est ${STATUS_FR[status]}.${
      status === 'PUBLISHED'
        ? ' Un procès-verbal publié ne change plus ; une correction est une nouvelle version.'
        : ''
    }`,
    `Cannot ${action.en}: the minutes are ${status.toLowerCase()}.`,
  );

interface LockedMinutes {
  id: string;
  meetingId: string;
  councilId: string;
  version: number;
  status: MinutesStatus;
  recordMarkdown: string;
  summaryMarkdown: string;
}

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
  ) {}

  async draft(actor: Actor, input: DraftMinutesInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, input.meetingId);
      if (meeting.status !== 'CLOSED')
        throw meetingWrongState(meeting.status, {
          fr: 'rédiger son procès-verbal',
          en: 'draft its minutes',
        });
      const [latest]: LockedMinutes[] = await em.query(
        `SELECT ${MINUTES_COLUMNS} FROM minutes WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1 FOR UPDATE`,
        [meeting.id],
      );
      const record = await this.record(em, meeting.id, meeting.councilId);
      let id: string;
      if (!latest || (latest.status === 'PUBLISHED' && input.correction)) {
        const [created]: { id: string }[] = await em.query(
          `INSERT INTO minutes (meeting_id, council_id, version, status, record_markdown, summary_markdown, previous_version_id, drafted_by)
           VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6, $7) RETURNING id`,
          [
            meeting.id,
            meeting.councilId,
            (latest?.version ?? 0) + 1,
            record,
            input.summary,
            latest?.id ?? null,
            actor.accountId,
          ],
        );
        id = created.id;
        if (latest) {
          // The opposition's statements carry over to the correction; their authors may amend them.
          await em.query(
            `INSERT INTO opposition_statement (council_id, author_id, political_group, minutes_id, body_markdown, body_html)
             SELECT council_id, author_id, political_group, $2, body_markdown, body_html
               FROM opposition_statement WHERE minutes_id = $1`,
            [latest.id, id],
          );
        }
      } else if (latest.status === 'DRAFT') {
        id = latest.id;
        await em.query(
          `UPDATE minutes SET record_markdown = $2, summary_markdown = $3, drafted_by = $4, updated_at = clock_now() WHERE id = $1`,
          [id, record, input.summary, actor.accountId],
        );
      } else {
        throw minutesWrongState(latest.status, { fr: 'le modifier', en: 'edit them' });
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'minutes.drafted',
        objectType: 'minutes',
        objectId: id,
        after: {
          meetingId: meeting.id,
          correctionOf: latest?.status === 'PUBLISHED' ? latest.id : undefined,
        },
      });
      return meeting.id;
    });
  }

  /** The secretary hands the draft over for adoption; the record is refreshed one last time. */
  async submit(actor: Actor, id: string): Promise<string> {
    return this.tx.run(async (em) => {
      const minutes = await this.lock(em, id);
      if (minutes.status !== 'DRAFT')
        throw minutesWrongState(minutes.status, { fr: 'le soumettre', en: 'submit them' });
      const record = await this.record(em, minutes.meetingId, minutes.councilId);
      await em.query(
        `UPDATE minutes SET status = 'SUBMITTED', submitted_at = clock_now(), record_markdown = $2 WHERE id = $1`,
        [id, record],
      );
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
    if (minutes.status !== 'SUBMITTED')
      throw minutesWrongState(minutes.status, { fr: 'le voter', en: 'vote on them' });
    if (adopted) {
      await em.query(
        `UPDATE minutes SET status = 'ADOPTED', adopted_at = clock_now(), adopted_by_ballot_id = $2,
                publication_due = clock_now()::date + $3::int WHERE id = $1`,
        [id, ballotId, publicationDays],
      );
    } else {
      await em.query(`UPDATE minutes SET status = 'DRAFT', submitted_at = NULL WHERE id = $1`, [
        id,
      ]);
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
      if (minutes.status !== 'ADOPTED')
        throw minutesWrongState(minutes.status, { fr: 'le publier', en: 'publish them' });
      const statements = await loadStatements(em, { minutesIds: [id] });
      const document = composeDocument(minutes.recordMarkdown, minutes.summaryMarkdown, statements);
      const hash = sha256Hex(document);
      await em.query(
        `UPDATE minutes SET status = 'PUBLISHED', published_at = clock_now(), published_by = $2, document = $3, content_hash = $4
          WHERE id = $1`,
        [id, actor.accountId, document, hash],
      );
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
            contentHash: hash,
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
    if (!input.minutesId === !input.proposalId) {
      throw fieldError(
        'input',
        'indiquez soit un procès-verbal, soit une proposition',
        'give either minutesId or proposalId',
      );
    }
    const id = await this.tx.run(async (em) => {
      let councilId: string;
      if (input.minutesId) {
        const minutes = await this.lock(em, input.minutesId);
        if (minutes.status === 'PUBLISHED')
          throw minutesWrongState(minutes.status, {
            fr: 'y joindre une expression',
            en: 'attach a statement',
          });
        councilId = minutes.councilId;
      } else {
        const proposal = await this.proposals.stateOf(em, input.proposalId!);
        if (!proposal)
          throw DomainError.notFound({ fr: 'Proposition introuvable.', en: 'Proposal not found.' });
        if (proposal.status !== 'ANSWERED' && proposal.status !== 'IMPLEMENTED') {
          throw precondition(
            'NOT_ANSWERED',
            'Une expression de l’opposition se joint à une réponse officielle : cette proposition n’en a pas encore.',
            'An opposition statement is attached to an official answer: this proposal has none yet.',
          );
        }
        councilId = proposal.councilId;
      }
      const offices = await this.memberships.rolesOf(councilId, actor.accountId, em);
      const opposition = offices.find((o) => o.college === 'ELECTED_OPPOSITION');
      if (!opposition) {
        throw forbidden(
          'OPPOSITION_ONLY',
          'Seul·es les élu·es de l’opposition de ce conseil peuvent joindre une expression de l’opposition.',
          "Only this council's opposition councillors can attach an opposition statement.",
        );
      }
      const rows: { id: string }[] = await em.query(
        `INSERT INTO opposition_statement (council_id, author_id, political_group, minutes_id, proposal_id, body_markdown, body_html)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [
          councilId,
          actor.accountId,
          opposition.politicalGroup ?? '',
          input.minutesId ?? null,
          input.proposalId ?? null,
          input.body,
          renderMarkdown(input.body),
        ],
      );
      if (rows.length === 0) {
        throw new DomainError(
          'CONFLICT',
          {
            fr: 'Vous avez déjà joint une expression ici : modifiez-la.',
            en: 'You already attached a statement here: edit it.',
          },
          { reason: 'STATEMENT_EXISTS' },
        );
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'opposition-statement.added',
        objectType: 'opposition_statement',
        objectId: rows[0].id,
        after: { minutesId: input.minutesId, proposalId: input.proposalId },
      });
      return rows[0].id;
    });
    return this.statement(id);
  }

  /** Only its author, and never once the minutes are published. */
  async updateStatement(
    actor: Actor,
    input: UpdateOppositionStatementInput,
  ): Promise<OppositionStatement> {
    await this.tx.run(async (em) => {
      const [statement]: { author_id: string; minutes_id: string | null; council_id: string }[] =
        await em.query(
          `SELECT author_id, minutes_id, council_id FROM opposition_statement WHERE id = $1 FOR UPDATE`,
          [input.statementId],
        );
      if (!statement) throw STATEMENT_NOT_FOUND();
      if (statement.author_id !== actor.accountId) {
        throw forbidden(
          'NOT_THE_AUTHOR',
          'Seul·e son auteur·e modifie une expression.',
          'Only its author edits a statement.',
        );
      }
      const offices = await this.memberships.rolesOf(statement.council_id, actor.accountId, em);
      if (!offices.some((o) => o.college === 'ELECTED_OPPOSITION')) {
        throw forbidden(
          'OPPOSITION_ONLY',
          'Seul·es les élu·es de l’opposition en exercice modifient une expression de l’opposition.',
          'Only opposition councillors in office edit an opposition statement.',
        );
      }
      if (statement.minutes_id) {
        const minutes = await this.lock(em, statement.minutes_id);
        if (minutes.status === 'PUBLISHED')
          throw minutesWrongState(minutes.status, {
            fr: 'modifier cette expression',
            en: 'edit this statement',
          });
      }
      await em.query(
        `UPDATE opposition_statement SET body_markdown = $2, body_html = $3, updated_at = clock_now() WHERE id = $1`,
        [input.statementId, input.body, renderMarkdown(input.body)],
      );
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
      const [statement] = await loadStatements(em, { ids: [id] });
      if (!statement) throw STATEMENT_NOT_FOUND();
      return statement;
    });
  }

  async statementsOn(proposalIds: readonly string[]): Promise<OppositionStatement[][]> {
    return this.tx.run(async (em) => {
      const all = await loadStatements(em, { proposalIds: [...proposalIds] });
      return proposalIds.map((id) => all.filter((s) => s.proposalId === id));
    });
  }

  async authorOfStatement(id: string): Promise<string | null> {
    return this.tx.run(async (em) => {
      const [row]: { author_id: string }[] = await em.query(
        `SELECT author_id FROM opposition_statement WHERE id = $1`,
        [id],
      );
      return row?.author_id ?? null;
    });
  }

  /** The meeting's latest version of its minutes. */
  async latestOf(meetingId: string): Promise<Minutes> {
    const id = await this.tx.run(async (em) => {
      const [row]: { id: string }[] = await em.query(
        `SELECT id FROM minutes WHERE meeting_id = $1 ORDER BY version DESC LIMIT 1`,
        [meetingId],
      );
      if (!row) throw MINUTES_NOT_FOUND();
      return row.id;
    });
    return this.get(id);
  }

  async get(id: string): Promise<Minutes> {
    return this.tx.run(async (em) => {
      const [row]: { meeting_id: string }[] = await em.query(
        `SELECT meeting_id FROM minutes WHERE id = $1`,
        [id],
      );
      if (!row) throw MINUTES_NOT_FOUND();
      const meetings: MeetingRow[] = await em.query(
        `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1`,
        [row.meeting_id],
      );
      const [meeting] = await meetingViews(em, meetings);
      return meeting.minutes.find((m) => m.id === id)!;
    });
  }

  /** The server's part of the minutes, from what it recorded of the meeting. */
  private async record(em: EntityManager, meetingId: string, councilId: string): Promise<string> {
    const rows: MeetingRow[] = await em.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1`,
      [meetingId],
    );
    const [meeting] = await meetingViews(em, rows);
    const rules = (await this.councils.rulesOf(em, councilId))!;
    const chair = meeting.attendance.find((a) => a.accountId === meeting.chairedBy);
    return composeRecord(meeting, rules.name, chair?.displayName ?? null);
  }

  private async lock(em: EntityManager, id: string): Promise<LockedMinutes> {
    const [row]: LockedMinutes[] = await em.query(
      `SELECT ${MINUTES_COLUMNS} FROM minutes WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw MINUTES_NOT_FOUND();
    return row;
  }
}

const MINUTES_COLUMNS = `id, meeting_id AS "meetingId", council_id AS "councilId", version, status,
  record_markdown AS "recordMarkdown", summary_markdown AS "summaryMarkdown"`;

const STATEMENT_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Expression introuvable.', en: 'Statement not found.' });
