import { Injectable } from '@nestjs/common';
import {
  Clock,
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  toConnection,
} from '@quorum/core';
import { CouncilRules, CouncilsService, MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AgendaService } from './agenda/agenda.service';
import { fieldError, MEETING_NOT_FOUND, meetingWrongState, precondition } from './meetings.errors';
import { CancelMeetingInput, MeetingsArgs, ScheduleMeetingInput } from './meeting.inputs';
import { Meeting } from './meeting.types';
import { MEETING_COLUMNS, MeetingRow, meetingViews } from './meeting.view';
import { auditTransition, lockMeeting } from './meeting-lock';
import { TOWN_TIME_ZONE } from './minutes/minutes-document';
import { convocationTooLate, mayOpen, noticeHolds } from './rules/notice';

/** Meetings and their lifecycle (SPEC §4): DRAFT → CONVENED → OPEN → CLOSED, or CANCELLED. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly councils: CouncilsService,
    private readonly memberships: MembershipService,
    private readonly agenda: AgendaService,
    private readonly clock: Clock,
  ) {}

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<Meeting> {
    if (input.startsAt.getTime() <= this.clock.now().getTime()) {
      throw fieldError('input.startsAt', 'doit être dans le futur', 'must be in the future');
    }
    const id = await this.tx.run(async (em) => {
      await this.rules(em, input.councilId);
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO meeting (council_id, status, starts_at, place, accessible, accessibility_details, is_public, scheduled_by)
         VALUES ($1, 'DRAFT', $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          input.councilId,
          input.startsAt,
          input.place,
          input.accessible,
          input.accessibilityDetails?.trim() || null,
          input.isPublic,
          actor.accountId,
        ],
      );
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.scheduled',
        objectType: 'meeting',
        objectId: created.id,
        after: { councilId: input.councilId, startsAt: input.startsAt.toISOString() },
      });
      await this.agenda.placeWaitingProposals(em, input.councilId);
      return created.id;
    });
    return this.get(id);
  }

  /** Sends the convocation with the agenda; refused later than the charter's notice allows. */
  async convoke(actor: Actor, id: string): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, id);
      if (meeting.status !== 'DRAFT')
        throw meetingWrongState(meeting.status, { fr: 'la convoquer', en: 'convene it' });
      const rules = await this.rules(em, meeting.councilId);
      const now = this.clock.now();
      const notice = rules.convocationNoticeDays;
      if (!noticeHolds(now, meeting.startsAt, notice, TOWN_TIME_ZONE)) {
        const { fr, en } = convocationTooLate(now, meeting.startsAt, notice, TOWN_TIME_ZONE);
        throw precondition('CONVOCATION_TOO_LATE', fr, en);
      }
      const [{ n }]: { n: number }[] = await em.query(
        `SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`,
        [id],
      );
      if (n === 0) {
        throw precondition(
          'AGENDA_EMPTY',
          'Impossible de convoquer une séance sans ordre du jour.',
          'Cannot convene a meeting with an empty agenda.',
        );
      }
      await em.query(
        `UPDATE meeting SET status = 'CONVENED', convened_at = clock_now() WHERE id = $1`,
        [id],
      );
      await this.outbox.record(em, 'meeting.convened', { meetingId: id, agendaUpdate: false });
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        { action: 'meeting.convened', from: 'DRAFT', to: 'CONVENED' },
      );
    });
    return this.get(id);
  }

  /** Opens the session: members in office and the quorum are frozen, everyone starts absent. */
  async open(actor: Actor, id: string): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, id);
      if (meeting.status !== 'CONVENED')
        throw meetingWrongState(meeting.status, { fr: 'l’ouvrir', en: 'open it' });
      if (!mayOpen(this.clock.now(), meeting.startsAt)) {
        throw precondition(
          'TOO_EARLY',
          'La séance ne peut pas être ouverte plus de deux heures avant l’heure convoquée.',
          'The meeting cannot open more than two hours before its convened time.',
        );
      }
      const rules = await this.rules(em, meeting.councilId);
      const members = await this.memberships.membersInOffice(em, meeting.councilId);
      const quorum = rules.quorum ?? Math.floor(members.length / 2) + 1;
      const chair =
        members.find((m) => m.role === 'CHAIR') ?? members.find((m) => m.role === 'CO_CHAIR');
      await em.query(
        `UPDATE meeting SET status = 'OPEN', opened_at = clock_now(), members_in_office = $2, quorum_required = $3,
                chaired_by = $4
          WHERE id = $1`,
        [id, members.length, quorum, chair?.accountId ?? null],
      );
      await em.query(
        `INSERT INTO attendance (meeting_id, account_id, status)
         SELECT $1, unnest($2::uuid[]), 'ABSENT'`,
        [id, members.map((m) => m.accountId)],
      );
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        {
          action: 'meeting.opened',
          from: 'CONVENED',
          to: 'OPEN',
          extra: {
            membersInOffice: members.length,
            quorumRequired: quorum,
          },
        },
      );
    });
    return this.get(id);
  }

  /** Closes the session; proposals it did not decide go back to wait for the next agenda. */
  async close(actor: Actor, id: string): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, id);
      if (meeting.status !== 'OPEN')
        throw meetingWrongState(meeting.status, { fr: 'la clore', en: 'close it' });
      const [open] = await em.query(
        `SELECT 1 FROM ballot WHERE meeting_id = $1 AND status = 'OPEN'`,
        [id],
      );
      if (open) {
        throw precondition(
          'BALLOT_OPEN',
          'Un scrutin est encore ouvert : clôturez-le avant de clore la séance.',
          'A ballot is still open: close it before closing the meeting.',
        );
      }
      await em.query(
        `UPDATE meeting SET status = 'CLOSED', closed_at = clock_now() WHERE id = $1`,
        [id],
      );
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        { action: 'meeting.closed', from: 'OPEN', to: 'CLOSED' },
      );
      await this.agenda.releaseUndecidedProposals(em, id, meeting.councilId);
    });
    return this.get(id);
  }

  async cancel(actor: Actor, input: CancelMeetingInput): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, input.meetingId);
      if (meeting.status !== 'DRAFT' && meeting.status !== 'CONVENED')
        throw meetingWrongState(meeting.status, { fr: 'l’annuler', en: 'cancel it' });
      await em.query(
        `UPDATE meeting SET status = 'CANCELLED', cancelled_at = clock_now(), cancel_reason = $2 WHERE id = $1`,
        [meeting.id, input.reason],
      );
      if (meeting.status === 'CONVENED') {
        await this.outbox.record(em, 'meeting.cancelled', { meetingId: meeting.id });
      }
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id: meeting.id },
        {
          action: 'meeting.cancelled',
          from: meeting.status,
          to: 'CANCELLED',
          extra: {
            reason: input.reason,
          },
        },
      );
      await this.agenda.releaseUndecidedProposals(em, meeting.id, meeting.councilId);
    });
    return this.get(input.meetingId);
  }

  async get(id: string): Promise<Meeting> {
    return this.tx.run(async (em) => {
      const rows: MeetingRow[] = await em.query(
        `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = $1`,
        [id],
      );
      if (rows.length === 0) throw MEETING_NOT_FOUND();
      return (await meetingViews(em, rows))[0];
    });
  }

  /** Public: newest first, by council and status. */
  async list(args: MeetingsArgs): Promise<Connection<Meeting>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const where = [
      '($1::uuid IS NULL OR m.council_id = $1)',
      '($2::text IS NULL OR m.status = $2)',
    ];
    const params: unknown[] = [args.councilId ?? null, args.status ?? null];
    const filterParams = [...params];
    const filters = [...where];
    if (args.after) {
      const [startsAt, id] = decodeCursor(args.after, 2);
      if (
        typeof startsAt !== 'string' ||
        Number.isNaN(Date.parse(startsAt)) ||
        typeof id !== 'string' ||
        !isUUID(id)
      ) {
        throw fieldError('after', 'curseur invalide', 'invalid cursor');
      }
      params.push(startsAt, id);
      where.push(`(m.starts_at, m.id) < ($3::timestamptz, $4::uuid)`);
    }
    params.push(first + 1);
    return this.tx.run(async (em) => {
      const rows: (MeetingRow & { cursorKey: string })[] = await em.query(
        `SELECT ${MEETING_COLUMNS}, m.starts_at::text AS "cursorKey" FROM meeting m
          WHERE ${where.join(' AND ')} ORDER BY m.starts_at DESC, m.id DESC LIMIT $${params.length}`,
        params,
      );
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM meeting m WHERE ${filters.join(' AND ')}`,
        filterParams,
      );
      const views = await meetingViews(
        em,
        rows.map(({ cursorKey: _c, ...row }) => row),
      );
      const keys = new Map(rows.map((r) => [r.id, r.cursorKey]));
      return toConnection(views, first, n, (m) => [keys.get(m.id)!, m.id]);
    });
  }

  private async rules(em: EntityManager, councilId: string): Promise<CouncilRules> {
    const rules = await this.councils.rulesOf(em, councilId);
    if (!rules)
      throw DomainError.notFound({
        fr: 'Conseil de quartier introuvable.',
        en: 'Neighbourhood council not found.',
      });
    return rules;
  }
}
