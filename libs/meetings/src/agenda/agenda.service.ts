import { Injectable } from '@nestjs/common';
import { Clock, DomainError, renderMarkdown } from '@quorum/core';
import { CouncilsService, MembershipService } from '@quorum/councils';
import { queryRows, TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AgendaPlacement, ProposalsService } from '@quorum/proposals';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import { LockedMeeting, lockMeeting } from '../meeting-lock';
import { fieldError, forbidden, meetingWrongState, precondition } from '../meetings.errors';
import { AddAgendaItemInput, ReorderAgendaInput } from '../meeting.inputs';
import { AgendaItemKindGql } from '../meeting.types';
import { formatDateFr, TOWN_TIME_ZONE } from '../minutes/minutes-document';
import { noticeHolds } from '../rules/notice';

const ITEM_NOT_FOUND = () =>
  DomainError.notFound({
    fr: 'Point de l’ordre du jour introuvable.',
    en: 'Agenda item not found.',
  });

/** The chair, the co-chair and the town hall set the agenda (SPEC §4). */
function assertSetsAgenda(actor: Actor, offices: { role: string }[]): void {
  const agent = actor.role === 'AGENT' || actor.role === 'ADMIN';
  if (!agent && !offices.some((o) => o.role === 'CHAIR' || o.role === 'CO_CHAIR')) {
    throw forbidden(
      'CHAIR_ONLY',
      'Seul·es la présidence, la coprésidence ou la mairie fixent l’ordre du jour.',
      'Only the chair, the co-chair or the town hall set the agenda.',
    );
  }
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
    private readonly clock: Clock,
  ) {}

  /** Opposition items can be added or withdrawn before the convocation, then while the notice holds. */
  private oppositionMayChange(meeting: LockedMeeting, noticeDays: number): boolean {
    if (meeting.status === 'DRAFT') return true;
    return (
      meeting.status === 'CONVENED' &&
      noticeHolds(this.clock.now(), meeting.startsAt, noticeDays, TOWN_TIME_ZONE)
    );
  }

  async add(actor: Actor, input: AddAgendaItemInput): Promise<string> {
    return this.tx.run(async (em) => {
      const meeting = await lockMeeting(em, input.meetingId);
      const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
      const offices = await this.memberships.rolesOf(meeting.councilId, actor.accountId, em);
      const kind = input.kind;
      let title = input.title;
      let proposalId: string | null = null;
      let minutesId: string | null = null;
      if (kind === AgendaItemKindGql.OPPOSITION) {
        if (!offices.some((o) => o.college === 'ELECTED_OPPOSITION')) {
          throw forbidden(
            'OPPOSITION_ONLY',
            'Les points réservés à l’opposition ne peuvent être inscrits que par un·e élu·e de l’opposition.',
            'Only an opposition councillor can add an opposition item.',
          );
        }
        if (!this.oppositionMayChange(meeting, rules.convocationNoticeDays)) {
          throw meetingWrongState(meeting.status, {
            fr: 'compléter son ordre du jour',
            en: 'add to its agenda',
          });
        }
        const [{ n }]: { n: number }[] = await em.query(
          `SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1 AND kind = 'OPPOSITION'`,
          [meeting.id],
        );
        if (n >= rules.oppositionAgendaQuota) {
          throw precondition(
            'OPPOSITION_QUOTA_REACHED',
            `Le quota de l’opposition pour cette séance (${rules.oppositionAgendaQuota} point(s)) est atteint.`,
            `The opposition's quota for this meeting (${rules.oppositionAgendaQuota} item(s)) is reached.`,
          );
        }
      } else {
        assertSetsAgenda(actor, offices);
        if (meeting.status !== 'DRAFT')
          throw meetingWrongState(meeting.status, {
            fr: 'modifier son ordre du jour',
            en: 'change its agenda',
          });
        if (kind === AgendaItemKindGql.QUALIFIED_PROPOSAL) {
          if (!input.proposalId)
            throw fieldError('input.proposalId', 'obligatoire pour une proposition', 'required');
          const state = await this.proposals.stateOf(em, input.proposalId);
          if (state?.councilId !== meeting.councilId)
            throw fieldError(
              'input.proposalId',
              'proposition introuvable dans ce conseil',
              'no such proposal in this council',
            );
          title = (await this.proposals.moveOnAgenda(em, input.proposalId, true)).title;
          proposalId = input.proposalId;
        } else if (kind === AgendaItemKindGql.MINUTES) {
          if (!input.minutesId)
            throw fieldError('input.minutesId', 'obligatoire pour un procès-verbal', 'required');
          title = await this.minutesTitle(em, meeting, input.minutesId);
          minutesId = input.minutesId;
        }
      }
      if (!title) throw fieldError('input.title', 'obligatoire', 'required');
      const id = await this.insertItem(em, meeting.id, {
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
      const [item]: { meeting_id: string; kind: AgendaItemKindGql; added_by: string | null }[] =
        await em.query(`SELECT meeting_id, kind, added_by FROM agenda_item WHERE id = $1`, [
          itemId,
        ]);
      if (!item) throw ITEM_NOT_FOUND();
      const meeting = await lockMeeting(em, item.meeting_id);
      if (item.kind === AgendaItemKindGql.OPPOSITION) {
        if (item.added_by !== actor.accountId) {
          throw forbidden(
            'OPPOSITION_ITEM_PROTECTED',
            'Un point inscrit par l’opposition ne peut être retiré que par son auteur·e.',
            'An opposition item can only be removed by its author.',
          );
        }
        const rules = (await this.councils.rulesOf(em, meeting.councilId))!;
        if (!this.oppositionMayChange(meeting, rules.convocationNoticeDays))
          throw meetingWrongState(meeting.status, {
            fr: 'retirer ce point',
            en: 'remove this item',
          });
      } else if (item.kind === AgendaItemKindGql.QUALIFIED_PROPOSAL) {
        throw precondition(
          'PROPOSAL_ITEM_PROTECTED',
          'Une proposition retenue reste à l’ordre du jour jusqu’à ce que le conseil la vote.',
          'A qualified proposal stays on the agenda until the council votes on it.',
        );
      } else {
        const offices = await this.memberships.rolesOf(meeting.councilId, actor.accountId, em);
        assertSetsAgenda(actor, offices);
        if (meeting.status !== 'DRAFT')
          throw meetingWrongState(meeting.status, {
            fr: 'retirer ce point',
            en: 'remove this item',
          });
      }
      const deleted = await queryRows(em, `DELETE FROM agenda_item WHERE id = $1 RETURNING id`, [
        itemId,
      ]);
      if (deleted.length === 0) throw ITEM_NOT_FOUND(); // removed meanwhile
      await this.compact(em, meeting.id);
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
      const meeting = await lockMeeting(em, input.meetingId);
      if (meeting.status === 'CLOSED' || meeting.status === 'CANCELLED')
        throw meetingWrongState(meeting.status, {
          fr: 'réordonner son ordre du jour',
          en: 'reorder its agenda',
        });
      const current: { id: string }[] = await em.query(
        `SELECT id FROM agenda_item WHERE meeting_id = $1`,
        [meeting.id],
      );
      const known = new Set(current.map((c) => c.id));
      if (input.itemIds.length !== known.size || !input.itemIds.every((id) => known.has(id))) {
        throw fieldError(
          'input.itemIds',
          'doit contenir chaque point de l’ordre du jour, une fois',
          'must list every agenda item, once',
        );
      }
      await em.query(
        `UPDATE agenda_item i SET position = o.position
           FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE i.id = o.id AND i.meeting_id = $1`,
        [meeting.id, input.itemIds],
      );
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
    const [next]: { id: string }[] = await em.query(
      `SELECT id FROM meeting WHERE council_id = $1 AND status = 'DRAFT' AND starts_at > clock_now()
        ORDER BY starts_at, id LIMIT 1 FOR UPDATE`,
      [councilId],
    );
    if (!next) return;
    for (const proposal of await this.proposals.waitingForAgenda(em, councilId)) {
      await this.proposals.moveOnAgenda(em, proposal.id, true);
      await this.insertItem(em, next.id, {
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
    const undecided: { proposal_id: string }[] = await em.query(
      `SELECT i.proposal_id FROM agenda_item i
         LEFT JOIN ballot b ON b.agenda_item_id = i.id AND b.status = 'CLOSED' AND b.quorum_held
        WHERE i.meeting_id = $1 AND i.proposal_id IS NOT NULL AND b.id IS NULL`,
      [meetingId],
    );
    for (const item of undecided) await this.proposals.moveOnAgenda(em, item.proposal_id, false);
    if (undecided.length > 0) await this.placeWaitingProposals(em, councilId);
  }

  private async minutesTitle(
    em: EntityManager,
    meeting: LockedMeeting,
    minutesId: string,
  ): Promise<string> {
    const [minutes]: { status: string; council_id: string; starts_at: Date; version: number }[] =
      await em.query(
        `SELECT n.status, n.council_id, m.starts_at, n.version FROM minutes n JOIN meeting m ON m.id = n.meeting_id
        WHERE n.id = $1 FOR UPDATE OF n`,
        [minutesId],
      );
    if (!minutes || minutes.council_id !== meeting.councilId)
      throw fieldError(
        'input.minutesId',
        'procès-verbal introuvable dans ce conseil',
        'no such minutes in this council',
      );
    if (minutes.status !== 'SUBMITTED')
      throw precondition(
        `MINUTES_${minutes.status}`,
        'Seul un procès-verbal soumis peut être mis aux voix.',
        'Only submitted minutes can be put to the vote.',
      );
    if (new Date(minutes.starts_at) >= new Date(meeting.startsAt))
      throw precondition(
        'NOT_A_LATER_MEETING',
        'Un procès-verbal est adopté lors d’une séance ultérieure.',
        'Minutes are adopted at a later meeting.',
      );
    const [pending] = await em.query(
      `SELECT 1 FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
        WHERE i.minutes_id = $1 AND m.status NOT IN ('CLOSED', 'CANCELLED')`,
      [minutesId],
    );
    if (pending)
      throw new DomainError('CONFLICT', {
        fr: 'Ce procès-verbal est déjà à l’ordre du jour d’une séance.',
        en: 'These minutes are already on a meeting’s agenda.',
      });
    return `Adoption du procès-verbal de la séance du ${formatDateFr(new Date(minutes.starts_at))}${
      minutes.version > 1 ? ` (version corrigée n° ${minutes.version})` : ''
    }`;
  }

  private async insertItem(
    em: EntityManager,
    meetingId: string,
    item: {
      kind: AgendaItemKindGql;
      title: string;
      description: string;
      proposalId: string | null;
      minutesId: string | null;
      addedBy: string | null;
    },
  ): Promise<string> {
    const [created]: { id: string }[] = await em.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, title, description_markdown, description_html, proposal_id, minutes_id, added_by)
       VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1),
               $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        meetingId,
        item.kind,
        item.title,
        item.description,
        renderMarkdown(item.description),
        item.proposalId,
        item.minutesId,
        item.addedBy,
      ],
    );
    return created.id;
  }

  private async compact(em: EntityManager, meetingId: string): Promise<void> {
    await em.query(
      `UPDATE agenda_item i SET position = o.n
         FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS n FROM agenda_item WHERE meeting_id = $1) o
        WHERE i.id = o.id`,
      [meetingId],
    );
  }
}
