import { Injectable } from '@nestjs/common';
import {
  Clock,
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  toConnection,
  TOWN_TIME_ZONE,
} from '@quorum/core';
import {
  COUNCIL_NOT_FOUND,
  CouncilRules,
  CouncilsService,
  MembershipService,
  quorumRequired,
} from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { PLACE_NOT_FOUND, PlacesService } from '@quorum/places';
import { AuditService } from '@quorum/transparency';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AgendaRepository } from './agenda/agenda.repository';
import { AgendaService } from './agenda/agenda.service';
import { AttendanceRepository } from './attendance/attendance.repository';
import {
  ACCESSIBLE_REQUIRED,
  AGENDA_EMPTY,
  BALLOT_OPEN_AT_CLOSE,
  INVALID_CURSOR,
  MEETING_ACTIONS,
  MEETING_NOT_FOUND,
  meetingWrongState,
  PLACE_REQUIRED,
  START_NOT_IN_FUTURE,
  TOO_EARLY_TO_OPEN,
  tooLateToConvene,
} from './meetings.errors';
import { CancelMeetingInput, MeetingsArgs, ScheduleMeetingInput } from './meeting.inputs';
import { MeetingRepository } from './meeting.repository';
import { Meeting } from './meeting.types';
import { MeetingViewRepository } from './meeting-view.repository';
import { auditTransition } from './meeting-audit';
import { nextStatus } from './rules/lifecycle';
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
    private readonly meetings: MeetingRepository,
    private readonly agendaItems: AgendaRepository,
    private readonly attendance: AttendanceRepository,
    private readonly views: MeetingViewRepository,
    private readonly clock: Clock,
    private readonly places: PlacesService,
  ) {}

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<Meeting> {
    if (input.startsAt.getTime() <= this.clock.now().getTime()) {
      throw START_NOT_IN_FUTURE();
    }
    const id = await this.tx.run(async (em) => {
      await this.rules(em, input.councilId);
      const where = await this.where(em, input);
      const created = await this.meetings.insert(em, {
        councilId: input.councilId,
        startsAt: input.startsAt,
        ...where,
        isPublic: input.isPublic,
        scheduledBy: actor.accountId,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.scheduled',
        objectType: 'meeting',
        objectId: created,
        after: {
          councilId: input.councilId,
          startsAt: input.startsAt.toISOString(),
          placeId: where.placeId,
        },
      });
      await this.agenda.placeWaitingProposals(em, input.councilId);
      return created;
    });
    return this.get(id);
  }

  /**
   * Where the meeting is held: a place of the register gives its words and its accessibility
   * (not accessible as soon as one feature is, the features named in the details unless the chair
   * wrote them, both derived when read); a free-text place needs its accessibility said.
   */
  private async where(
    em: EntityManager,
    input: ScheduleMeetingInput,
  ): Promise<{
    place: string;
    placeId: string | null;
    accessible: boolean;
    accessibilityDetails: string | null;
  }> {
    const details = input.accessibilityDetails?.trim() || null;
    if (input.placeId) {
      const registered = await this.places.forMeetingIn(em, input.placeId);
      if (!registered) throw PLACE_NOT_FOUND();
      // Only the chair's own details are stored: the accessibility itself is read from the
      // register each time the meeting is shown or announced (meetingAccessibility), so that a
      // place checked again after scheduling changes the page and the convocation alike.
      return {
        place: input.place || `${registered.name}, ${registered.address}`,
        placeId: registered.id,
        accessible: registered.overall === 'ACCESSIBLE',
        accessibilityDetails: details,
      };
    }
    if (!input.place) throw PLACE_REQUIRED();
    if (input.accessible === null || input.accessible === undefined) throw ACCESSIBLE_REQUIRED();
    return {
      place: input.place,
      placeId: null,
      accessible: input.accessible,
      accessibilityDetails: details,
    };
  }

  /** Sends the convocation with the agenda; refused later than the charter's notice allows. */
  async convoke(actor: Actor, id: string): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, id);
      if (!meeting) throw MEETING_NOT_FOUND();
      const to = nextStatus(meeting.status, 'CONVENE');
      if (!to) throw meetingWrongState(meeting.status, MEETING_ACTIONS.convene);
      const rules = await this.rules(em, meeting.councilId);
      const now = this.clock.now();
      const notice = rules.convocationNoticeDays;
      if (!noticeHolds(now, meeting.startsAt, notice, TOWN_TIME_ZONE)) {
        throw tooLateToConvene(convocationTooLate(now, meeting.startsAt, notice, TOWN_TIME_ZONE));
      }
      if ((await this.agendaItems.kinds(em, id)).length === 0) throw AGENDA_EMPTY();
      await this.meetings.markConvened(em, id);
      await this.outbox.record(em, 'meeting.convened', { meetingId: id, agendaUpdate: false });
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        { action: 'meeting.convened', from: meeting.status, to },
      );
    });
    return this.get(id);
  }

  /** Opens the session: members in office and the quorum are frozen, everyone starts absent. */
  async open(actor: Actor, id: string): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, id);
      if (!meeting) throw MEETING_NOT_FOUND();
      const to = nextStatus(meeting.status, 'OPEN');
      if (!to) throw meetingWrongState(meeting.status, MEETING_ACTIONS.open);
      if (!mayOpen(this.clock.now(), meeting.startsAt)) throw TOO_EARLY_TO_OPEN();
      const rules = await this.rules(em, meeting.councilId);
      const members = await this.memberships.membersInOffice(em, meeting.councilId);
      const quorum = quorumRequired(rules.quorum, members.length);
      const chair =
        members.find((m) => m.role === 'CHAIR') ?? members.find((m) => m.role === 'CO_CHAIR');
      await this.meetings.markOpened(em, id, {
        membersInOffice: members.length,
        quorumRequired: quorum,
        chairedBy: chair?.accountId ?? null,
      });
      await this.attendance.startAbsent(
        em,
        id,
        members.map((m) => m.accountId),
      );
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        {
          action: 'meeting.opened',
          from: meeting.status,
          to,
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
      const meeting = await this.meetings.lock(em, id);
      if (!meeting) throw MEETING_NOT_FOUND();
      const to = nextStatus(meeting.status, 'CLOSE');
      if (!to) throw meetingWrongState(meeting.status, MEETING_ACTIONS.close);
      if (await this.meetings.hasOpenBallot(em, id)) throw BALLOT_OPEN_AT_CLOSE();
      await this.meetings.markClosed(em, id);
      await auditTransition(
        this.audit,
        em,
        actor,
        { type: 'meeting', id },
        { action: 'meeting.closed', from: meeting.status, to },
      );
      await this.agenda.releaseUndecidedProposals(em, id, meeting.councilId);
    });
    return this.get(id);
  }

  async cancel(actor: Actor, input: CancelMeetingInput): Promise<Meeting> {
    await this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, input.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      const to = nextStatus(meeting.status, 'CANCEL');
      if (!to) throw meetingWrongState(meeting.status, MEETING_ACTIONS.cancel);
      await this.meetings.markCancelled(em, meeting.id, input.reason);
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
          to,
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
      const row = await this.meetings.row(em, id);
      if (!row) throw MEETING_NOT_FOUND();
      return (await this.views.views(em, [row]))[0];
    });
  }

  /** Public: newest first, by council and status. */
  async list(args: MeetingsArgs): Promise<Connection<Meeting>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const filter = { councilId: args.councilId ?? null, status: args.status ?? null };
    let after: { startsAt: string; id: string } | null = null;
    if (args.after) {
      const [startsAt, id] = decodeCursor(args.after, 2);
      if (
        typeof startsAt !== 'string' ||
        Number.isNaN(Date.parse(startsAt)) ||
        typeof id !== 'string' ||
        !isUUID(id)
      ) {
        throw INVALID_CURSOR();
      }
      after = { startsAt, id };
    }
    return this.tx.run(async (em) => {
      const rows = await this.meetings.page(em, filter, after, first + 1);
      const n = await this.meetings.count(em, filter);
      const views = await this.views.views(
        em,
        rows.map(({ cursorKey: _c, ...row }) => row),
      );
      const keys = new Map(rows.map((r) => [r.id, r.cursorKey]));
      return toConnection(views, first, n, (m) => [keys.get(m.id)!, m.id]);
    });
  }

  private async rules(em: EntityManager, councilId: string): Promise<CouncilRules> {
    const rules = await this.councils.rulesOf(em, councilId);
    if (!rules) throw COUNCIL_NOT_FOUND();
    return rules;
  }
}
