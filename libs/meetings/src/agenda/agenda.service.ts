import { Injectable } from '@nestjs/common';
import { Clock, TOWN_TIME_ZONE } from '@quorum/core';
import { CouncilsService, MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AgendaPlacement, ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import {
  AGENDA_ITEM_NOT_FOUND,
  CHAIR_ONLY,
  INCOMPLETE_ORDER,
  MEETING_ACTIONS,
  MEETING_NOT_FOUND,
  meetingWrongState,
  MINUTES_ALREADY_ON_AGENDA,
  MINUTES_ID_REQUIRED,
  MINUTES_NOT_IN_COUNCIL,
  minutesNotSubmitted,
  NOT_A_LATER_MEETING,
  OPPOSITION_ITEM_PROTECTED,
  OPPOSITION_ONLY,
  oppositionQuotaUsedUp,
  PROPOSAL_ID_REQUIRED,
  PROPOSAL_ITEM_PROTECTED,
  PROPOSAL_NOT_IN_COUNCIL,
  TITLE_REQUIRED,
} from '../meetings.errors';
import { AddAgendaItemInput, ReorderAgendaInput } from '../meeting.inputs';
import { LockedMeeting, MeetingRepository } from '../meeting.repository';
import { AgendaItemKindGql } from '../meeting.types';
import { formatDateFr } from '../minutes/minutes-document';
import {
  addsOppositionItems,
  agendaOpen,
  isCompleteOrder,
  mayReorder,
  oppositionMayChange,
  oppositionQuotaReached,
  proposalDecided,
  removalBy,
  setsAgenda,
} from '../rules/agenda';
import { isFinal } from '../rules/lifecycle';
import { isLaterMeeting } from '../rules/minutes';
import { noticeHolds } from '../rules/notice';
import { AgendaRepository } from './agenda.repository';

/** The chair, the co-chair and the town hall set the agenda (SPEC §4). */
function assertSetsAgenda(actor: Actor, offices: { role: string; college: string }[]): void {
  if (!setsAgenda(actor.role, offices)) throw CHAIR_ONLY();
}

/**
 * Agendas (SPEC §4): qualified proposals placed by the server, items set by the chair, and the
 * opposition's reserved items that only opposition councillors fill and only their author removes.
 */
@Injectable()
export class AgendaService implements AgendaPlacement {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly councils: CouncilsService,
    private readonly memberships: MembershipService,
    private readonly proposals: ProposalsService,
    private readonly meetings: MeetingRepository,
    private readonly items: AgendaRepository,
    private readonly clock: Clock,
  ) {}

  /** Opposition items can be added or withdrawn before the convocation, then while the notice holds. */
  private oppositionMayChange(meeting: LockedMeeting, noticeDays: number): boolean {
    return oppositionMayChange(
      meeting.status,
      noticeHolds(this.clock.now(), meeting.startsAt, noticeDays, TOWN_TIME_ZONE),
    );
  }

  async add(actor: Actor, input: AddAgendaItemInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, input.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
      const offices = await this.memberships.rolesOf(meeting.councilId, actor.accountId, em);
      const kind = input.kind;
      let title = input.title;
      let proposalId: string | null = null;
      let minutesId: string | null = null;
      if (kind === AgendaItemKindGql.OPPOSITION) {
        if (!addsOppositionItems(offices)) throw OPPOSITION_ONLY();
        if (!this.oppositionMayChange(meeting, rules.convocationNoticeDays)) {
          throw meetingWrongState(meeting.status, MEETING_ACTIONS.addOppositionItem);
        }
        if (
          oppositionQuotaReached(
            await this.items.kinds(em, meeting.id),
            rules.oppositionAgendaQuota,
          )
        )
          throw oppositionQuotaUsedUp(rules.oppositionAgendaQuota);
      } else {
        assertSetsAgenda(actor, offices);
        if (!agendaOpen(meeting.status))
          throw meetingWrongState(meeting.status, MEETING_ACTIONS.changeAgenda);
        if (kind === AgendaItemKindGql.QUALIFIED_PROPOSAL) {
          if (!input.proposalId) throw PROPOSAL_ID_REQUIRED();
          const state = await this.proposals.stateOf(em, input.proposalId);
          if (state?.councilId !== meeting.councilId) throw PROPOSAL_NOT_IN_COUNCIL();
          title = (await this.proposals.moveOnAgenda(em, input.proposalId, true)).title;
          proposalId = input.proposalId;
        } else if (kind === AgendaItemKindGql.MINUTES) {
          if (!input.minutesId) throw MINUTES_ID_REQUIRED();
          title = await this.minutesTitle(em, meeting, input.minutesId);
          minutesId = input.minutesId;
        }
      }
      if (!title) throw TITLE_REQUIRED();
      const id = await this.items.insert(em, meeting.id, {
        kind,
        title,
        description: input.description ?? '',
        proposalId,
        minutesId,
        addedBy: actor.accountId,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.agenda-item-added',
        objectType: 'meeting',
        objectId: meeting.id,
        after: { itemId: id, kind, title },
      });
      if (meeting.status === 'CONVENED') {
        await this.outbox.record(em, 'meeting.convened', {
          meetingId: meeting.id,
          agendaUpdate: true,
        });
      }
      return meeting.id;
    });
  }

  /**
   * Opposition items go only by their author's hand; qualified proposals stay (the residents'
   * right); other items by the chair or the town hall, before the convocation.
   */
  async remove(actor: Actor, itemId: string): Promise<string> {
    return this.tx.run(async (em) => {
      const item = await this.items.item(em, itemId);
      if (!item) throw AGENDA_ITEM_NOT_FOUND();
      const meeting = await this.meetings.lock(em, item.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      const removal = removalBy(item.kind);
      if (removal === 'AUTHOR_ONLY') {
        if (item.addedBy !== actor.accountId) throw OPPOSITION_ITEM_PROTECTED();
        const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
        if (!this.oppositionMayChange(meeting, rules.convocationNoticeDays))
          throw meetingWrongState(meeting.status, MEETING_ACTIONS.removeItem);
      } else if (removal === 'NEVER') {
        throw PROPOSAL_ITEM_PROTECTED();
      } else {
        const offices = await this.memberships.rolesOf(meeting.councilId, actor.accountId, em);
        assertSetsAgenda(actor, offices);
        if (!agendaOpen(meeting.status))
          throw meetingWrongState(meeting.status, MEETING_ACTIONS.removeItem);
      }
      // Removed meanwhile, by a call that held the meeting's lock before this one.
      if (!(await this.items.delete(em, meeting.id, itemId))) throw AGENDA_ITEM_NOT_FOUND();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.agenda-item-removed',
        objectType: 'meeting',
        objectId: meeting.id,
        before: { itemId, kind: item.kind },
      });
      if (meeting.status === 'CONVENED') {
        await this.outbox.record(em, 'meeting.convened', {
          meetingId: meeting.id,
          agendaUpdate: true,
        });
      }
      return meeting.id;
    });
  }

  /** The chair's order: every item of the agenda, each once. */
  async reorder(actor: Actor, input: ReorderAgendaInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await this.meetings.lock(em, input.meetingId);
      if (!meeting) throw MEETING_NOT_FOUND();
      if (!mayReorder(meeting.status))
        throw meetingWrongState(meeting.status, MEETING_ACTIONS.reorderAgenda);
      if (!isCompleteOrder(await this.items.ids(em, meeting.id), input.itemIds))
        throw INCOMPLETE_ORDER();
      await this.items.reorder(em, meeting.id, input.itemIds);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'meeting.agenda-reordered',
        objectType: 'meeting',
        objectId: meeting.id,
        after: { itemIds: input.itemIds },
      });
      if (meeting.status === 'CONVENED') {
        await this.outbox.record(em, 'meeting.convened', {
          meetingId: meeting.id,
          agendaUpdate: true,
        });
      }
      return meeting.id;
    });
  }

  /**
   * Places the council's qualified proposals on its next meeting not convened yet (SPEC §3), if
   * there is one: when a meeting is scheduled, when a proposal qualifies, when a meeting is
   * cancelled or closes without deciding them.
   */
  async placeWaitingProposals(em: EntityManager, councilId: string): Promise<void> {
    const next = await this.meetings.lockNextDraft(em, councilId);
    if (!next) return;
    for (const proposal of await this.proposals.waitingForAgenda(em, councilId)) {
      await this.proposals.moveOnAgenda(em, proposal.id, true);
      await this.items.insert(em, next, {
        kind: AgendaItemKindGql.QUALIFIED_PROPOSAL,
        title: proposal.title,
        description: '',
        proposalId: proposal.id,
        minutesId: null,
        addedBy: null,
      });
    }
  }

  /**
   * Proposals a meeting did not decide (no ballot, or a ballot without quorum) wait again, and go
   * to the next meeting.
   */
  async releaseUndecidedProposals(
    em: EntityManager,
    meetingId: string,
    councilId: string,
  ): Promise<void> {
    const undecided = (await this.items.proposalsWithBallots(em, meetingId)).filter(
      (item) => !proposalDecided(item.ballots),
    );
    for (const item of undecided) await this.proposals.moveOnAgenda(em, item.proposalId, false);
    if (undecided.length > 0) await this.placeWaitingProposals(em, councilId);
  }

  private async minutesTitle(
    em: EntityManager,
    meeting: LockedMeeting,
    minutesId: string,
  ): Promise<string> {
    const minutes = await this.items.lockMinutes(em, minutesId);
    if (!minutes || minutes.councilId !== meeting.councilId) throw MINUTES_NOT_IN_COUNCIL();
    if (minutes.status !== 'SUBMITTED') throw minutesNotSubmitted(minutes.status);
    if (!isLaterMeeting(new Date(minutes.startsAt), new Date(meeting.startsAt)))
      throw NOT_A_LATER_MEETING();
    // On the agenda of a meeting still to be held (a closed or cancelled one let them go).
    if ((await this.items.meetingsHoldingMinutes(em, minutesId)).some((s) => !isFinal(s)))
      throw MINUTES_ALREADY_ON_AGENDA();
    return `Adoption du procès-verbal de la séance du ${formatDateFr(new Date(minutes.startsAt))}${
      minutes.version > 1 ? ` (version corrigée n° ${minutes.version})` : ''
    }`;
  }
}
